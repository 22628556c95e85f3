/**
 * An in-memory inverted index over the words of every case (see `wordsOf`: Latin words, Chinese
 * characters and character pairs). A term matches every word it is a prefix of, found by binary
 * search in the sorted words. An edited case gets a new slot and its old one is marked dead, so an
 * update never has to know the words it replaces.
 *
 * Words live in two places. Those indexed before the last `pack()` are packed: one string of all
 * the words in order and three typed arrays (where each word ends, where its slots end, the slots).
 * A hundred thousand cases have over a million distinct words (account numbers are indexed by every
 * suffix); as a million strings in a `Map` they were most of the page's heap, and every major
 * garbage collection walked them all, a long pause while the list scrolled. Packed, they are four
 * objects the collector does not look inside. Words indexed since (a case saved while the app
 * runs) are kept in a small map until the next pack.
 */
export class SearchIndex {
  private packed: PackedWords = noPackedWords;
  private recent = new RecentWords();
  /** Recent words being packed (searched meanwhile, as they are not in `packed` yet). */
  private packing: RecentWords | null = null;
  /** Slots handed out so far (a case's every version has its own). */
  private slots = 0;
  private dead = new Uint8Array(1024);
  private readonly slotOfId = new Map<string, number>();

  /** Indexes a case's words and returns its slot (a new one for every version of the case). */
  add(id: string, words: readonly string[]): number {
    this.remove(id);
    const slot = this.slots++;
    this.slotOfId.set(id, slot);
    if (slot >= this.dead.length) {
      const grown = new Uint8Array(this.dead.length * 2);
      grown.set(this.dead);
      this.dead = grown;
    }
    for (const word of words) this.recent.add(word, slot);
    return slot;
  }

  remove(id: string): void {
    const slot = this.slotOfId.get(id);
    if (slot === undefined) return;
    this.dead[slot] = 1;
    this.slotOfId.delete(id);
  }

  /** Whether a `pack()` is under way. */
  get packingNow(): boolean {
    return this.packing !== null;
  }

  /** Words indexed since the last pack: the map `pack()` would empty. */
  get recentWords(): number {
    return this.recent.size;
  }

  /**
   * The slots (live versions of cases) having, for every term, a word starting with it, as a mask:
   * `mask[slot] === 1`. A mask makes "is this case a hit" one array read for the list's loop.
   */
  matchSlots(terms: readonly string[]): Uint8Array {
    let mask: Uint8Array | null = null;
    for (const term of terms) {
      const hits = new Uint8Array(this.slots);
      this.packed.markPrefixed(term, hits);
      this.packing?.markPrefixed(term, hits);
      this.recent.markPrefixed(term, hits);
      if (mask) for (let slot = 0; slot < mask.length; slot += 1) mask[slot]! &= hits[slot]!;
      else mask = hits;
    }
    mask ??= new Uint8Array(this.slots);
    for (let slot = 0; slot < mask.length; slot += 1) if (this.dead[slot]) mask[slot] = 0;
    return mask;
  }

  /** Sorts the words indexed since the last call into the recent ones (done per loaded chunk, so no sort is long). */
  sortNewWords(): void {
    this.recent.sortNewWords();
  }

  /**
   * Packs the recent words with the packed ones, leaving out dead slots and words no live case has.
   * The work is cut into steps of `wordsPerStep` words, with `betweenSteps` awaited after each, so a
   * million words never make one long task. The index answers and takes words throughout.
   */
  async pack(betweenSteps: () => Promise<void> = async () => {}, wordsPerStep = 20_000): Promise<void> {
    if (this.packing) throw new Error('The search index is already being packed');
    const taken = this.recent;
    taken.sortNewWords();
    this.packing = taken;
    this.recent = new RecentWords();
    try {
      this.packed = await mergedWords(this.packed, taken, this.dead, betweenSteps, wordsPerStep);
    } finally {
      this.packing = null;
    }
  }
}

/** Words and their slots while words are still being added: a map, and the words in order. */
class RecentWords {
  private readonly slotsOf = new Map<string, number[]>();
  private sorted: string[] = [];
  private unsorted: string[] = [];
  /** Slots over all words (a case's slot once per word it has). */
  slotCount = 0;

  get size(): number {
    return this.slotsOf.size;
  }

  add(word: string, slot: number): void {
    const slots = this.slotsOf.get(word);
    if (slots === undefined) {
      this.slotsOf.set(word, [slot]);
      this.unsorted.push(word);
    } else if (slots[slots.length - 1] !== slot) slots.push(slot);
    else return;
    this.slotCount += 1;
  }

  sortNewWords(): void {
    if (this.unsorted.length === 0) return;
    const fresh = this.unsorted.sort();
    this.unsorted = [];
    const merged: string[] = new Array(this.sorted.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < this.sorted.length && j < fresh.length) merged[k++] = this.sorted[i]! < fresh[j]! ? this.sorted[i++]! : fresh[j++]!;
    while (i < this.sorted.length) merged[k++] = this.sorted[i++]!;
    while (j < fresh.length) merged[k++] = fresh[j++]!;
    this.sorted = merged;
  }

  /** Words in order (after `sortNewWords`). */
  get words(): readonly string[] {
    return this.sorted;
  }

  slotsOfWord(word: string): readonly number[] {
    return this.slotsOf.get(word)!;
  }

  markPrefixed(term: string, hits: Uint8Array): void {
    this.sortNewWords();
    for (let i = lowerBound(this.sorted, term); i < this.sorted.length; i += 1) {
      const word = this.sorted[i]!;
      if (!word.startsWith(term)) break;
      for (const slot of this.slotsOf.get(word)!) hits[slot] = 1;
    }
  }
}

/**
 * Sorted words as one string, with `wordEnds[i]` the end of word i in `text` (it starts where word
 * i − 1 ends) and its slots `slots[slotEnds[i − 1] … slotEnds[i])`.
 */
class PackedWords {
  constructor(
    readonly text: string,
    readonly wordEnds: Int32Array,
    readonly slotEnds: Int32Array,
    readonly slots: Int32Array,
  ) {}

  get count(): number {
    return this.wordEnds.length;
  }

  start(i: number): number {
    return i === 0 ? 0 : this.wordEnds[i - 1]!;
  }

  word(i: number): string {
    return this.text.slice(this.start(i), this.wordEnds[i]);
  }

  slotsStart(i: number): number {
    return i === 0 ? 0 : this.slotEnds[i - 1]!;
  }

  /** Whether word i sorts before `term`, as `<` on strings would say, without making the word. */
  private before(i: number, term: string): boolean {
    const start = this.start(i);
    const length = this.wordEnds[i]! - start;
    const common = Math.min(length, term.length);
    for (let k = 0; k < common; k += 1) {
      const a = this.text.charCodeAt(start + k);
      const b = term.charCodeAt(k);
      if (a !== b) return a < b;
    }
    return length < term.length;
  }

  markPrefixed(term: string, hits: Uint8Array): void {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.before(mid, term)) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.count; i += 1) {
      const start = this.start(i);
      if (this.wordEnds[i]! - start < term.length || !this.text.startsWith(term, start)) break;
      for (let s = this.slotsStart(i); s < this.slotEnds[i]!; s += 1) hits[this.slots[s]!] = 1;
    }
  }
}

const noPackedWords = new PackedWords('', new Int32Array(0), new Int32Array(0), new Int32Array(0));

/** `packed` and `recent` as packed words, in steps (see `SearchIndex.pack`). */
async function mergedWords(
  packed: PackedWords,
  recent: RecentWords,
  dead: Uint8Array,
  betweenSteps: () => Promise<void>,
  wordsPerStep: number,
): Promise<PackedWords> {
  const words = recent.words;
  // At most every word and every slot of both survive: the arrays are cut to size at the end.
  const wordEnds = new Int32Array(packed.count + words.length);
  const slotEnds = new Int32Array(packed.count + words.length);
  const slots = new Int32Array(packed.slots.length + recent.slotCount);
  const textParts: string[] = [];
  let textLength = 0;
  let out = 0;
  let slotCount = 0;
  let i = 0;
  let j = 0;
  while (i < packed.count || j < words.length) {
    const stepWords: string[] = [];
    for (let n = 0; n < wordsPerStep && (i < packed.count || j < words.length); n += 1) {
      const packedWord = i < packed.count ? packed.word(i) : null;
      const recentWord = j < words.length ? words[j]! : null;
      const word = packedWord !== null && (recentWord === null || packedWord <= recentWord) ? packedWord : recentWord!;
      const firstSlot = slotCount;
      if (packedWord === word) {
        for (let s = packed.slotsStart(i); s < packed.slotEnds[i]!; s += 1) {
          const slot = packed.slots[s]!;
          if (!dead[slot]) slots[slotCount++] = slot;
        }
        i += 1;
      }
      if (recentWord === word) {
        for (const slot of recent.slotsOfWord(word)) if (!dead[slot]) slots[slotCount++] = slot;
        j += 1;
      }
      // A word only dead versions of cases had is found by nothing: it is left out.
      if (slotCount === firstSlot) continue;
      stepWords.push(word);
      textLength += word.length;
      wordEnds[out] = textLength;
      slotEnds[out] = slotCount;
      out += 1;
    }
    textParts.push(stepWords.join(''));
    await betweenSteps();
  }
  const text = textParts.join('');
  await betweenSteps();
  // Cut to size where much was left out (dead versions of edited cases); a small waste stays, uncopied.
  const fitted = (array: Int32Array, length: number) => (array.length - length > array.length / 8 ? array.slice(0, length) : array.subarray(0, length));
  return new PackedWords(text, fitted(wordEnds, out), fitted(slotEnds, out), fitted(slots, slotCount));
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

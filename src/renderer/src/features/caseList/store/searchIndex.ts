/**
 * An in-memory inverted index over the words of every case (see `wordsOf`: Latin words, Chinese
 * characters and character pairs). A term matches every word it is a prefix of, found by binary
 * search in the sorted word list. An edited case gets a new slot and its old one is marked dead,
 * so an update never has to know the words it replaces.
 */
export class SearchIndex {
  /**
   * Slots per word: growable arrays while words are added, packed by `pack()` into an Int32Array,
   * or into the bare slot number for a word only one case has (most words: account numbers,
   * names, pairs of Chinese characters), which costs the garbage collector no object at all.
   */
  private readonly postings = new Map<string, Posting>();
  private sortedWords: string[] = [];
  private unsortedWords: string[] = [];
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
    for (const word of words) {
      const posting = this.postings.get(word);
      if (posting === undefined) {
        this.postings.set(word, [slot]);
        this.unsortedWords.push(word);
      } else if (Array.isArray(posting)) {
        if (posting[posting.length - 1] !== slot) posting.push(slot);
      } else {
        const grown = typeof posting === 'number' ? [posting] : Array.from(posting);
        if (grown[grown.length - 1] !== slot) grown.push(slot);
        this.postings.set(word, grown);
      }
    }
    return slot;
  }

  remove(id: string): void {
    const slot = this.slotOfId.get(id);
    if (slot === undefined) return;
    this.dead[slot] = 1;
    this.slotOfId.delete(id);
  }

  /**
   * The slots (live versions of cases) having, for every term, a word starting with it, as a mask:
   * `mask[slot] === 1`. A mask makes "is this case a hit" one array read for the list's loop.
   */
  matchSlots(terms: readonly string[]): Uint8Array {
    this.sortNewWords();
    let mask: Uint8Array | null = null;
    for (const term of terms) {
      const hits = new Uint8Array(this.slots);
      for (let i = lowerBound(this.sortedWords, term); i < this.sortedWords.length; i += 1) {
        const word = this.sortedWords[i]!;
        if (!word.startsWith(term)) break;
        const posting = this.postings.get(word)!;
        if (typeof posting === 'number') hits[posting] = 1;
        else for (const slot of posting) hits[slot] = 1;
      }
      if (mask) for (let slot = 0; slot < mask.length; slot += 1) mask[slot]! &= hits[slot]!;
      else mask = hits;
    }
    mask ??= new Uint8Array(this.slots);
    for (let slot = 0; slot < mask.length; slot += 1) if (this.dead[slot]) mask[slot] = 0;
    return mask;
  }

  /**
   * Packs every word's slots. A hundred thousand cases make millions of slots and some 200,000
   * words; in plain arrays (or an array object per word) the garbage collector walks them all on
   * every major collection, a long pause while scrolling. Typed arrays it does not look inside, and
   * a single slot is a plain number.
   */
  pack(): void {
    for (const [word, posting] of this.postings) {
      if (Array.isArray(posting)) this.postings.set(word, posting.length === 1 ? posting[0]! : Int32Array.from(posting));
    }
  }

  /** Merges words first seen since the last call into the sorted list (done per loaded chunk, and before a search). */
  sortNewWords(): void {
    if (this.unsortedWords.length === 0) return;
    const fresh = this.unsortedWords.sort();
    this.unsortedWords = [];
    const merged: string[] = [];
    let i = 0;
    let j = 0;
    while (i < this.sortedWords.length && j < fresh.length) {
      merged.push(this.sortedWords[i]! < fresh[j]! ? this.sortedWords[i++]! : fresh[j++]!);
    }
    while (i < this.sortedWords.length) merged.push(this.sortedWords[i++]!);
    while (j < fresh.length) merged.push(fresh[j++]!);
    this.sortedWords = merged;
  }
}

/** A word's slots, as `pack()` leaves them or while words are still being added. */
type Posting = number | number[] | Int32Array;

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

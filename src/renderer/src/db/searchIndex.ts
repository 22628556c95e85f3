/**
 * An in-memory inverted index over the words of every case (see `wordsOf`: Latin words, Chinese
 * characters and character pairs). A term matches every word it is a prefix of, found by binary
 * search in the sorted word list. An edited case gets a new slot and its old one is marked dead,
 * so an update never has to know the words it replaces.
 */
export class SearchIndex {
  private readonly postings = new Map<string, number[]>();
  private sortedWords: string[] = [];
  private unsortedWords: string[] = [];
  private readonly ids: string[] = [];
  private dead = new Uint8Array(1024);
  private readonly slotOf = new Map<string, number>();

  add(id: string, words: readonly string[]): void {
    this.remove(id);
    const slot = this.ids.length;
    this.ids.push(id);
    this.slotOf.set(id, slot);
    if (slot >= this.dead.length) {
      const grown = new Uint8Array(this.dead.length * 2);
      grown.set(this.dead);
      this.dead = grown;
    }
    for (const word of words) {
      const list = this.postings.get(word);
      if (list) {
        if (list[list.length - 1] !== slot) list.push(slot);
      } else {
        this.postings.set(word, [slot]);
        this.unsortedWords.push(word);
      }
    }
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.dead[slot] = 1;
    this.slotOf.delete(id);
  }

  /** The ids having, for every term, a word starting with it. */
  match(terms: readonly string[]): Set<string> {
    this.sortNewWords();
    const perTerm = terms.map((term) => this.slotsFor(term)).sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = perTerm;
    const ids = new Set<string>();
    for (const slot of smallest ?? []) {
      if (this.dead[slot] === 0 && rest.every((slots) => slots.has(slot))) ids.add(this.ids[slot]!);
    }
    return ids;
  }

  private slotsFor(term: string): Set<number> {
    const slots = new Set<number>();
    for (let i = lowerBound(this.sortedWords, term); i < this.sortedWords.length; i += 1) {
      const word = this.sortedWords[i]!;
      if (!word.startsWith(term)) break;
      for (const slot of this.postings.get(word)!) slots.add(slot);
    }
    return slots;
  }

  /** New words are merged into the sorted list lazily, once per search, not once per case. */
  private sortNewWords(): void {
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

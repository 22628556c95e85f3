import { describe, expect, it } from 'vitest';
import { wordsOf, queryTerms } from '@shared/domain/searchWords';
import { SearchIndex as Index } from './searchIndex';

/** The index with the ids of its slots kept aside, so a test can read a match as the cases it found. */
class SearchIndex {
  private readonly index = new Index();
  private readonly idOfSlot: string[] = [];
  add(id: string, words: readonly string[]) {
    this.idOfSlot[this.index.add(id, words)] = id;
  }
  remove(id: string) {
    this.index.remove(id);
  }
  pack() {
    this.index.pack();
  }
  match(terms: readonly string[]): Set<string> {
    const mask = this.index.matchSlots(terms);
    return new Set(this.idOfSlot.filter((_, slot) => mask[slot] === 1));
  }
}

describe('SearchIndex', () => {
  const index = new SearchIndex();
  index.add('axis', wordsOf('Axis eSIM +62 812 4821'));
  index.add('netflix', wordsOf('Netflix family refund promised'));
  index.add('gym', wordsOf('健身房会员 客服说退款需要五个工作日'));

  it('finds cases by word prefixes, all terms required', () => {
    expect(index.match(queryTerms('netf'))).toEqual(new Set(['netflix']));
    expect(index.match(queryTerms('ref'))).toEqual(new Set(['netflix']));
    expect(index.match(queryTerms('4821'))).toEqual(new Set(['axis']));
    expect(index.match(queryTerms('axis 4821'))).toEqual(new Set(['axis']));
    expect(index.match(queryTerms('axis netflix'))).toEqual(new Set());
    expect(index.match(queryTerms('nothing'))).toEqual(new Set());
  });

  it('finds Chinese text by its character pairs', () => {
    expect(index.match(queryTerms('工作日'))).toEqual(new Set(['gym']));
    expect(index.match(queryTerms('退款'))).toEqual(new Set(['gym']));
    expect(index.match(queryTerms('会'))).toEqual(new Set(['gym']));
    expect(index.match(queryTerms('工日'))).toEqual(new Set());
  });

  it('forgets the old words of an edited case and finds its new ones', () => {
    const edited = new SearchIndex();
    edited.add('a', wordsOf('Spotify premium'));
    edited.add('a', wordsOf('Spotify family'));
    expect(edited.match(['premium'])).toEqual(new Set());
    expect(edited.match(['family'])).toEqual(new Set(['a']));
    edited.remove('a');
    expect(edited.match(['spotify'])).toEqual(new Set());
  });

  it('keeps finding and adding after its postings are packed', () => {
    const packed = new SearchIndex();
    packed.add('a', ['refund', 'axis']);
    packed.add('b', ['refund']);
    packed.pack();
    expect(packed.match(['refund'])).toEqual(new Set(['a', 'b']));
    packed.add('c', ['refund', 'new']);
    packed.add('a', ['axis']);
    expect(packed.match(['refund'])).toEqual(new Set(['b', 'c']));
    expect(packed.match(['new'])).toEqual(new Set(['c']));
  });

  it('grows past its first thousand slots', () => {
    const big = new SearchIndex();
    for (let i = 0; i < 3000; i += 1) big.add(`c${i}`, [`w${i}`, 'common']);
    expect(big.match(['common']).size).toBe(3000);
    expect(big.match(['w2999'])).toEqual(new Set(['c2999']));
  });
});

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
  pack(betweenSteps?: () => Promise<void>, wordsPerStep?: number) {
    return this.index.pack(betweenSteps, wordsPerStep);
  }
  get recentWords() {
    return this.index.recentWords;
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

  it('keeps finding and adding after its words are packed', async () => {
    const packed = new SearchIndex();
    packed.add('a', ['refund', 'axis']);
    packed.add('b', ['refund']);
    await packed.pack();
    expect(packed.recentWords).toBe(0);
    expect(packed.match(['refund'])).toEqual(new Set(['a', 'b']));
    packed.add('c', ['refund', 'new']);
    packed.add('a', ['axis']);
    expect(packed.match(['refund'])).toEqual(new Set(['b', 'c']));
    expect(packed.match(['new'])).toEqual(new Set(['c']));
    // Packed again: a word both packed and recent keeps the live slots of both.
    await packed.pack();
    expect(packed.match(['refund'])).toEqual(new Set(['b', 'c']));
    expect(packed.match(['ax'])).toEqual(new Set(['a']));
  });

  it('matches a term only within one packed word, not across two neighbours', async () => {
    const packed = new SearchIndex();
    packed.add('a', ['ab']);
    packed.add('b', ['cd']);
    await packed.pack();
    expect(packed.match(['abc'])).toEqual(new Set());
    expect(packed.match(['ab'])).toEqual(new Set(['a']));
    expect(packed.match(['a'])).toEqual(new Set(['a']));
    expect(packed.match(['c'])).toEqual(new Set(['b']));
    expect(packed.match(['d'])).toEqual(new Set());
  });

  it('finds the same cases packed as unpacked, Chinese and digits included', async () => {
    const texts = ['Axis eSIM +62 812 4821', '健身房会员 退款需要五个工作日', 'Netflix 4821 refund', '退款 Axis', 'zz 0838-1234-4821'];
    const unpacked = new SearchIndex();
    const packed = new SearchIndex();
    texts.forEach((text, i) => {
      unpacked.add(`c${i}`, wordsOf(text));
      packed.add(`c${i}`, wordsOf(text));
    });
    await packed.pack(undefined, 2);
    for (const query of ['4821', '48', 'axis', 'a', '退款', '退', '工作日', 'z', '0838 1234 4821', 'n', '', '健身房会员', 'nothing']) {
      expect(packed.match(queryTerms(query)), query).toEqual(unpacked.match(queryTerms(query)));
    }
  });

  it('leaves out dead versions and the words only they had, and answers while packing', async () => {
    const index = new SearchIndex();
    index.add('a', ['premium', 'spotify']);
    index.add('a', ['family', 'spotify']);
    const steps: Set<string>[] = [];
    await index.pack(async () => {
      // Between two steps: a case is saved and searched for, and an old one edited.
      if (steps.length === 0) {
        index.add('b', ['spotify', 'student']);
        index.add('a', ['family']);
      }
      steps.push(index.match(['spotify']));
    }, 1);
    expect(steps[0]).toEqual(new Set(['b']));
    expect(index.match(['premium'])).toEqual(new Set());
    expect(index.match(['family'])).toEqual(new Set(['a']));
    expect(index.match(['st'])).toEqual(new Set(['b']));
    expect(index.recentWords).toBe(3);
    await index.pack();
    expect(index.match(['spotify'])).toEqual(new Set(['b']));
    expect(index.match(['st'])).toEqual(new Set(['b']));
  });

  it('grows past its first thousand slots', () => {
    const big = new SearchIndex();
    for (let i = 0; i < 3000; i += 1) big.add(`c${i}`, [`w${i}`, 'common']);
    expect(big.match(['common']).size).toBe(3000);
    expect(big.match(['w2999'])).toEqual(new Set(['c2999']));
  });
});

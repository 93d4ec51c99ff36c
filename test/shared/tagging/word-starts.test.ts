import { describe, expect, it } from 'vitest';
import { WordStarts } from '../../../shared/tagging/word-starts.js';

const found = (words: string[], text: string): [string, number][] => {
  const hits = new WordStarts(words).findAll(text);
  return hits.word.map((w, i) => [words[w] as string, hits.at[i] as number]);
};

describe('WordStarts', () => {
  it('finds words only where a word starts, ignoring ASCII case', () => {
    const text = 'Troops, not paratroops; a BAN, not a bank-ban';
    expect(found(['troop', 'ban'], text)).toEqual([
      ['troop', 0],
      ['ban', text.indexOf('BAN')],
      ['ban', text.indexOf('bank')],
      ['ban', text.indexOf('-ban') + 1],
    ]);
  });

  it('counts digits, underscores and non-ASCII letters as word breaks, like (?<![a-z]) with the i flag', () => {
    expect(found(['troop'], '5troops _troops étroops')).toEqual([
      ['troop', 1],
      ['troop', 9],
      ['troop', 17],
    ]);
  });

  it('reports every word at one offset, shorter first', () => {
    expect(found(['force of ', 'forces', 'force'], 'a force of 200 forces')).toEqual([
      ['force', 2],
      ['force of ', 2],
      ['force', 15],
      ['forces', 15],
    ]);
  });

  it('folds only ASCII, so the Kelvin sign is not a k', () => {
    expect(found(['kill'], '\u212Aill kill')).toEqual([['kill', 5]]);
  });

  it('rejects words it cannot scan for', () => {
    expect(() => new WordStarts(['a'])).toThrow(/two or more/);
    expect(() => new WordStarts(['-ban'])).toThrow(/start with a letter/);
    expect(() => new WordStarts(['caf\u00e9'])).toThrow(/ASCII/);
  });
});

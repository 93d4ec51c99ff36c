import { describe, expect, it } from 'vitest';
import { KeywordLists } from '../../../shared/tagging/keywords.js';
import { LEXICON } from '../../../shared/tagging/lexicon/index.js';
import { WordStarts } from '../../../shared/tagging/word-starts.js';
import { HARD_NEGATIVES, HARD_POSITIVES } from '../../fixtures/tagging/hard-set.js';

/** KeywordLists with its own head scan, as detect wires it. */
function keywordLists(lists: readonly (readonly string[])[]): (text: string) => boolean[] {
  const heads: string[] = [];
  const index = new KeywordLists(lists, (h) => (heads.includes(h) ? heads.indexOf(h) : heads.push(h) - 1));
  const scan = new WordStarts(heads);
  return (text) => {
    const present = lists.map(() => false);
    index.markPresent(text, scan.findAll(text), present);
    return present;
  };
}

/** The definition: each list as one lookbehind regex. */
const byRegex = (lists: readonly (readonly string[])[], text: string): boolean[] =>
  lists.map((l) => new RegExp(`(?<![a-z])(?:${l.join('|')})`, 'i').test(text));

describe('KeywordLists', () => {
  it('marks the lists whose keywords occur at a word start', () => {
    const lists = [['ban(?:s|ned)?\\b', 'embargo'], ['troop', 'force of \\d'], ['embargo']];
    const present = keywordLists(lists);
    expect(present('They banned imports.')).toEqual([true, false, false]);
    expect(present('A bank and a force of 20 troopers.')).toEqual([false, true, false]);
    expect(present('The EMBARGO held.')).toEqual([true, false, true]);
    expect(present('Paratroops and an embargoed ship')).toEqual([true, false, true]);
  });

  it('falls back to the list regex for a keyword with no literal head', () => {
    const lists = [['\\w+ troops'], ['troop']];
    const index = new KeywordLists(lists, () => 0);
    expect(index.unindexedCount).toBe(1);
    const present = keywordLists(lists);
    expect(present('Some troops left.')).toEqual([true, true]);
    expect(present('Troops.')).toEqual([false, true]);
  });

  it('agrees with the lexicon keyword regexes on every example and hard-set sentence', () => {
    const lists = [...new Set(LEXICON.map((r) => r.keywords))];
    const present = keywordLists(lists);
    const texts = [...LEXICON.flatMap((r) => r.examples), ...[...HARD_POSITIVES, ...HARD_NEGATIVES].map((c) => c.text)];
    for (const text of texts) expect(present(text), text).toEqual(byRegex(lists, text));
  });
});

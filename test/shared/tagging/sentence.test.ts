import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../shared/tagging/sentence.js';

const sentenceAt = (text: string, word: string) => {
  const { start, end } = sentenceAround(text, text.indexOf(word));
  return text.slice(start, end);
};

describe('sentenceAround', () => {
  it.each([
    ['plain stops', 'Talks failed. Troops moved to the border. Markets fell.', 'Troops', 'Troops moved to the border.'],
    ['"U.S." is not a sentence end', 'The U.S. sent troops. Later, calm.', 'troops', 'The U.S. sent troops.'],
    ['titles are not sentence ends', 'Gen. Smith sent troops. Then he left.', 'troops', 'Gen. Smith sent troops.'],
    ['a closing quote follows the stop', 'He said "sanctions will stay." The EU agreed.', 'sanctions', 'He said "sanctions will stay."'],
    ['a line break ends a sentence without a stop', 'Russian state media reported\nRussian weapons maker', 'state', 'Russian state media reported'],
    ['a lower-case word after a stop continues it', 'The 3.5 bn. sanctions package', 'sanctions', 'The 3.5 bn. sanctions package'],
  ])('%s', (_what, text, word, expected) => {
    expect(sentenceAt(text, word)).toBe(expected);
  });
});

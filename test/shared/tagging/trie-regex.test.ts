import { describe, expect, it } from 'vitest';
import { trieRegex } from '../../../shared/tagging/trie-regex.js';

describe('trieRegex', () => {
  const matchAll = (words: string[], text: string, foldCase = false) =>
    [...text.matchAll(new RegExp(`(?<!\\w)(?:${trieRegex(words, foldCase)})(?!\\w)`, foldCase ? 'gi' : 'g'))].map((m) => m[0]);

  it('matches exactly the given words, longest first', () => {
    expect(matchAll(['Guinea', 'Guinea-Bissau', 'Equatorial Guinea'], 'Guinea, Guinea-Bissau and Equatorial Guinea')).toEqual(['Guinea', 'Guinea-Bissau', 'Equatorial Guinea']);
  });

  it('escapes regex characters', () => {
    expect(matchAll(['U.S.', 'St. Lucia'], 'USAS and U.S. and St. Lucia')).toEqual(['U.S.', 'St. Lucia']);
  });

  it('folds case when asked', () => {
    expect(matchAll(['sanction'], 'Sanction SANCTION sanction', true)).toEqual(['Sanction', 'SANCTION', 'sanction']);
  });
});

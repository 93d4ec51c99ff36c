import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../shared/dedupe/content-hash.js';
import { normalisedWords } from '../../../shared/dedupe/normalise-text.js';

// From the first article Tocsin read (local/demo/first-article.txt).
const sentence = 'Lavrov said in a statement he had complained of “attempts by Washington to organise a coup d’etat in Venezuela”.';

describe('contentHash', () => {
  it.each([
    ['case', sentence.toUpperCase()],
    ['straight quotes', 'Lavrov said in a statement he had complained of "attempts by Washington to organise a coup d\'etat in Venezuela".'],
    ['spacing and line breaks', sentence.replace(/ /g, '  ').replace('statement', '\nstatement')],
    ['surrounding whitespace', `\n\n  ${sentence}  \n`],
    ['punctuation', sentence.replace('.', '!').replace(/[“”]/g, '')],
    ['accents', sentence.replace('etat', 'état')],
  ])('ignores %s', (_, variant) => {
    expect(contentHash(variant)).toBe(contentHash(sentence));
  });

  it.each([
    ['a changed word', sentence.replace('Washington', 'Moscow')],
    ['a dropped word', sentence.replace(' in a statement', '')],
    ['reordered words', sentence.replace('Lavrov said', 'said Lavrov')],
  ])('changes with %s', (_, variant) => {
    expect(contentHash(variant)).not.toBe(contentHash(sentence));
  });

  it('is 32 hex digits', () => {
    expect(contentHash(sentence)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('stays stable, because content claims are stored', () => {
    const firstArticle = readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8');
    expect(contentHash(firstArticle)).toBe('42bb1d9f0373cf3f1858d2868958ca9d');
  });

  it('holds for any text re-cased and re-spaced', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 30 }), (words) => {
        expect(contentHash(words.join('\t  ').toUpperCase())).toBe(contentHash(words.join(' ')));
      }),
    );
  });
});

describe('normalisedWords', () => {
  it('folds case, accents, punctuation and quote styles into plain words', () => {
    expect(normalisedWords('  Pompeo’s “Café” — U.N. charter, 2019!')).toEqual(['pompeo', 's', 'cafe', 'u', 'n', 'charter', '2019']);
  });

  it('keeps non-Latin scripts', () => {
    expect(normalisedWords('Сергей Лавров: «переворот»')).toEqual(['сергеи', 'лавров', 'переворот']);
  });
});

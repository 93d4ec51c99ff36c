import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../shared/tagging/lexicon/index.js';
import { literalHeads, wordStartHeads } from '../../../shared/tagging/regex-heads.js';
import { HARD_NEGATIVES, HARD_POSITIVES } from '../../fixtures/tagging/hard-set.js';

describe('literalHeads', () => {
  it('reads the literal start of each alternative, through optional parts and groups', () => {
    expect(literalHeads('ban(?:s|ned|ning)?\\b')).toEqual(['ban']);
    expect(literalHeads('black-?list')).toEqual(['blacklist', 'black-list']);
    expect(literalHeads('\\b(?:re)?deploy(?:s|ed)?|troops?')).toEqual(['deploy', 'redeploy', 'troop']);
    expect(literalHeads('(?:combat|special) (?:units?|vehicles)')).toEqual(['combat unit', 'combat vehicles', 'special unit', 'special vehicles']);
    expect(literalHeads('u\\.s\\. fleets?')).toEqual(['u.s. fleet']);
  });

  it('stops a head at anything it does not read as literal', () => {
    expect(literalHeads('force of [\\d,]+')).toEqual(['force of ']);
    expect(literalHeads('call(?:s|ed)?[\\s-]+up')).toEqual(['call']);
    expect(literalHeads('war\\s+games?')).toEqual(['war']);
    expect(literalHeads('sen[dt]s?')).toEqual(['sen']);
  });

  it('gives none when a match could start with fewer than two known letters', () => {
    expect(literalHeads('(?:a|an)\\s+embargo')).toBeUndefined();
    expect(literalHeads('\\w+ troops')).toBeUndefined();
    expect(literalHeads('(?:troops)?s')).toBeUndefined();
    expect(literalHeads('x*troops')).toBeUndefined();
    expect(literalHeads('troops|')).toBeUndefined();
    expect(literalHeads('(?<name>troops)')).toBeUndefined();
  });

  it('wordStartHeads needs every alternative to open with \\b', () => {
    expect(wordStartHeads('\\btroops|\\bsoldiers')).toEqual(['troops', 'soldiers']);
    expect(wordStartHeads('\\btroops|soldiers')).toBeUndefined();
  });

  // The tagger tries a rule only where one of its heads starts a word, so a match anywhere else
  // would be lost: check on every text at hand that no match starts elsewhere.
  const texts = [
    ...LEXICON.flatMap((r) => r.examples),
    ...[...HARD_POSITIVES, ...HARD_NEGATIVES].map((c) => c.text),
    readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8'),
  ];
  it.each(LEXICON.map((r) => [r.id, r] as const))('%s: every match starts at a head', (_id, rule) => {
    const source = rule.patterns.join('|');
    const heads = wordStartHeads(source);
    expect(heads).toBeDefined();
    const pattern = new RegExp(source, 'gi');
    let matches = 0;
    for (const text of texts) {
      for (const m of text.matchAll(pattern)) {
        matches++;
        const rest = text.slice(m.index).toLowerCase();
        expect(heads?.some((h) => rest.startsWith(h)), `${rule.id}: "${m[0]}"`).toBe(true);
        expect(/[A-Za-z]/.test(text[m.index - 1] ?? ' ')).toBe(false);
      }
    }
    expect(matches).toBeGreaterThan(0);
  });
});

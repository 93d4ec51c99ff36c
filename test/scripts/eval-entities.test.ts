import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT, kitRecords, kitSdnIndex, linkSentences, readSentenceRefs, scoreLinks, shortSha, type SentenceResult } from '../../scripts/eval-entities.js';
import { demoSdnIndex } from '../support/sanctions.js';

const result = (expected: string[], linked: string[]): SentenceResult => ({
  ref: { source: 'bbc', record: 'r', start: 0, end: 1, sha: '', expected, note: '' },
  sentence: '',
  linked,
});

describe('scoreLinks', () => {
  it('counts correct, wrong and missing links over all sentences', () => {
    const score = scoreLinks([result(['1'], ['1']), result(['2', '3'], ['2', '9']), result([], [])]);
    expect(score).toEqual({ sentences: 3, expected: 3, linked: 3, tp: 2, fp: 1, fn: 1, precision: 0.667, recall: 0.667 });
  });
});

describe('linkSentences', () => {
  it('refuses a reference whose text changed', async () => {
    const text = 'OFAC designated Petroleos de Venezuela SA.';
    const ref = { source: 'fixture' as const, record: 'x', start: 0, end: text.length, sha: shortSha(text), expected: ['26367'], note: '' };
    const index = await demoSdnIndex();
    expect(linkSentences(index, [ref], () => text)[0]?.linked).toEqual(['26367']);
    expect(() => linkSentences(index, [ref], () => text.replace('SA', 'S.A.'))).toThrow(/no longer has SHA/);
  });
});

describe.skipIf(!existsSync(join(KIT, 'sanctions', 'ofac', 'sdn-2024-05-03.csv')))('the entity-linking set (skipped: ../shared is absent)', () => {
  it('holds at least 100 real sentences that still resolve, and meets the targets: precision ≥ 0.97, recall ≥ 0.85', () => {
    const refs = readSentenceRefs();
    const score = scoreLinks(linkSentences(kitSdnIndex(), refs, kitRecords(KIT)));
    expect(refs.length).toBeGreaterThanOrEqual(100);
    expect(score.precision).toBeGreaterThanOrEqual(0.97);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
  });
});

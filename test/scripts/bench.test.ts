import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generatedCorpus } from '../../scripts/bench/corpus.js';
import { benchTagger } from '../../scripts/bench/tagger.js';

describe('benchTagger', () => {
  it('measures the tagger and the regex floor over the same texts, as a ratio (no timing is asserted)', () => {
    const texts = generatedCorpus(20).map((a) => a.text);

    const result = benchTagger(texts);

    expect(result.articles).toBe(20);
    expect(result.mbPerSec).toBeGreaterThan(0);
    expect(result.floorMbPerSec).toBeGreaterThan(0);
    expect(result.ratioToFloor).toBeCloseTo(result.floorMbPerSec / result.mbPerSec, 6);
  });
});

describe('generatedCorpus', () => {
  it('is the same on every run and gives the tagger real events to find', () => {
    const [a, b] = [generatedCorpus(50, 7), generatedCorpus(50, 7)];
    expect(a).toEqual(b);
    expect(a.some((article) => /imposed sanctions|deployed two battalions/.test(article.text))).toBe(true);
  });
});

it('npm run bench names its corpus and ends with the machine-readable line', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/bench.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    timeout: 280_000,
  });
  const lines = stdout.trim().split('\n');
  expect(lines[0]).toMatch(/^corpus: /);
  const last = JSON.parse(lines.at(-1)!);
  expect(Object.keys(last.tagger).sort()).toEqual(['articles', 'floorMbPerSec', 'mbPerSec', 'ratioToFloor']);
  expect(last.dedupe).toEqual(expect.objectContaining({ precision: expect.any(Number), recall: expect.any(Number) }));
  expect(last.entities).toEqual({ indexMs: expect.any(Number), linkOverhead: expect.any(Number) });
  expect(last.extract).toEqual(expect.objectContaining({ ratioToReadability: expect.any(Number), hostileRatioToNormalPage: expect.any(Object) }));
}, 300_000);

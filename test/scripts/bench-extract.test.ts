import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchExtract, HOSTILE_INPUTS } from '../../scripts/bench/extract.js';

const page = (name: string) => ({ html: readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), 'utf8'), url: `https://example.com/${name}` });

describe('benchExtract', () => {
  it('times the extractor against plain Readability on the same pages, as a ratio (no timing is asserted)', () => {
    const result = benchExtract([page('news-article.html'), page('consent-banner.html')]);

    expect(result.pages).toBe(2);
    expect(result.extractorMs).toBeGreaterThan(0);
    expect(result.readabilityMs).toBeGreaterThan(0);
    expect(result.ratioToReadability).toBeGreaterThan(0);
    expect(Object.keys(result.hostileRatioToNormalPage).sort()).toEqual(Object.keys(HOSTILE_INPUTS).sort());
  });
});

describe('HOSTILE_INPUTS', () => {
  it('are the issue 13 cases, and every one is handled: pages are read plainly, feed bodies give text', () => {
    expect(HOSTILE_INPUTS.unclosedParagraphsText()).toMatch(/^a\n\na/);
    expect(HOSTILE_INPUTS.deepNestingText()).toMatch(/^The alliance agreed/);
    for (const run of [HOSTILE_INPUTS.deepNestingPage, HOSTILE_INPUTS.manyElementsPage, HOSTILE_INPUTS.hugePage]) {
      expect(run()).toMatchObject({ degraded: true, text: expect.stringMatching(/^The alliance agreed/) });
    }
  });
});

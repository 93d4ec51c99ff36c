import { describe, expect, it } from 'vitest';
import { benchEntities, demoSdnFiles } from '../../scripts/bench/entities.js';

describe('benchEntities', () => {
  it('indexes a list and links the mentions of the texts, reporting build time and overhead as a ratio (no timing is asserted)', () => {
    const texts = ['On Friday the US sanctioned its development bank, Bandes, in efforts to choke off financial flows to Maduro’s government.', 'Shares rose.'];
    const result = benchEntities(texts, demoSdnFiles());
    expect(result.entries).toBeGreaterThan(0);
    expect(result.indexMs).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(result.linkOverhead)).toBe(true);
    expect(result.links).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { detect } from '../../../shared/tagging/detect.js';
import { resolveOverlaps } from '../../../shared/tagging/overlaps.js';

const resolved = (text: string) => resolveOverlaps(detect(text)).map((c) => c.rule.id);

describe('resolveOverlaps', () => {
  it('lets a specific rule beat the catch-all in the same sentence', () => {
    expect(resolved('The EU lifted sanctions on Belarus; the sanctions had lasted a year.')).toEqual(['sanctions.eased']);
  });

  it('keeps the higher-priority reading of overlapping triggers', () => {
    expect(resolved('A European oil embargo on Iran will also end.')).toEqual(['sanctions.eased']);
  });

  it('keeps one mention per category in different sentences', () => {
    expect(resolved('The EU imposed sanctions. The US imposed sanctions too.')).toEqual(['sanctions.imposed', 'sanctions.imposed']);
  });

  it('keeps both categories when a sentence has both', () => {
    expect(resolved('The EU imposed sanctions after Russia sent troops to the border.').sort()).toEqual(['deployment.send', 'sanctions.imposed']);
  });
});

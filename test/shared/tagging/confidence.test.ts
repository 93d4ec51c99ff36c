import { describe, expect, it } from 'vitest';
import { BOTH_SIDES_BONUS, confidenceOf, NO_AGENT_PENALTY } from '../../../shared/tagging/confidence.js';
import { detect } from '../../../shared/tagging/detect.js';

const candidate = detect('The EU imposed sanctions on Belarus.')[0];
const us = { kind: 'state' as const, code: 'US', surface: 'US' };

describe('confidenceOf', () => {
  it('starts from the rule prior and rewards both sides known', () => {
    if (!candidate) throw new Error('no candidate');
    expect(confidenceOf(candidate, { agents: [us], patients: [us] })).toBeCloseTo(Math.min(0.99, candidate.rule.prior + BOTH_SIDES_BONUS));
  });

  it('lowers the score when nobody is named as acting', () => {
    if (!candidate) throw new Error('no candidate');
    const withAgent = confidenceOf(candidate, { agents: [us], patients: [] });
    const without = confidenceOf(candidate, { agents: [], patients: [] });
    expect(withAgent - without).toBeCloseTo(NO_AGENT_PENALTY);
  });

  it('stays within 0..1', () => {
    if (!candidate) throw new Error('no candidate');
    const c = confidenceOf(candidate, { agents: [], patients: [] });
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });
});

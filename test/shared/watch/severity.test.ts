import { describe, expect, it } from 'vitest';
import { maxSeverity, severitiesFrom, severityOf } from '../../../shared/watch/severity.js';
import { aDeploymentMention, aMention } from '../../support/factories.js';

describe('severityOf', () => {
  it.each([
    ['asserted imposed sanctions at 0.9', aMention({ modality: 'asserted', subtype: 'imposed', confidence: 0.9 }), 'high'],
    ['asserted imposed sanctions at exactly 0.75', aMention({ confidence: 0.75 }), 'high'],
    ['asserted imposed sanctions at 0.74', aMention({ confidence: 0.74 }), 'medium'],
    ['asserted deployment at 0.9', aDeploymentMention({ confidence: 0.9 }), 'high'],
    ['reported imposed sanctions at 0.9', aMention({ modality: 'reported', confidence: 0.9 }), 'medium'],
    ['asserted threatened sanctions at 0.9 (talk, not action)', aMention({ subtype: 'threatened', confidence: 0.9 }), 'medium'],
    ['planned imposed sanctions at 0.9', aMention({ modality: 'planned', confidence: 0.9 }), 'low'],
    ['reported imposed sanctions at 0.55', aMention({ modality: 'reported', confidence: 0.55 }), 'low'],
    ['negated imposed sanctions at 0.95', aMention({ modality: 'negated', confidence: 0.95 }), 'low'],
  ] as const)('given %s, then severity is %s', (_name, mention, expected) => {
    expect(severityOf(mention)).toBe(expected);
  });
});

describe('maxSeverity', () => {
  it('given low, high and medium mentions, then the result is high whatever their order', () => {
    const low = aMention({ modality: 'planned' });
    const medium = aMention({ modality: 'reported' });
    const high = aMention();

    expect(maxSeverity([low, high, medium])).toBe('high');
    expect(maxSeverity([medium, low, high])).toBe('high');
    expect(maxSeverity([low, medium])).toBe('medium');
  });

  it('given no mentions, then severity is low', () => {
    expect(maxSeverity([])).toBe('low');
  });
});

describe('severitiesFrom', () => {
  it.each([
    ['low', ['low', 'medium', 'high']],
    ['medium', ['medium', 'high']],
    ['high', ['high']],
  ] as const)('given a minimum of %s, then the filter admits %j', (min, expected) => {
    expect(severitiesFrom(min)).toEqual(expected);
  });
});

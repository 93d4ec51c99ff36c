import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../shared/article/mention.js';
import { isAlertable, tagText } from '../../../shared/tagging/index.js';
import { HARD_NEGATIVES, HARD_POSITIVES, type HardCase } from '../../fixtures/tagging/hard-set.js';

const alertedCategories = (text: string) => [...new Set(tagText(text).filter((m) => isAlertable(m)).map((m) => m.category))].sort();

describe('hard set: real published sentences', () => {
  it('has at least 40 sourced sentences, positives and negatives in balance', () => {
    const all = [...HARD_POSITIVES, ...HARD_NEGATIVES];
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.every((c) => c.source.length > 10)).toBe(true);
    expect(HARD_NEGATIVES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(HARD_POSITIVES.map((c): [string, HardCase] => [c.name, c]))('finds: %s', (_name, c) => {
    expect(alertedCategories(c.text)).toEqual([...c.expect].sort());
  });

  it.each(HARD_NEGATIVES.map((c): [string, HardCase] => [c.name, c]))('stays silent: %s', (_name, c) => {
    const silent = CATEGORIES.filter((cat) => !c.expect.includes(cat));
    const alerted = alertedCategories(c.text);
    expect(alerted.filter((cat) => silent.includes(cat))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { tagText } from '../../../../shared/tagging/index.js';
import { ANCHOR_STEMS, LEXICON } from '../../../../shared/tagging/lexicon/index.js';
import { MODALITY_CUES } from '../../../../shared/tagging/lexicon/modality-cues.js';

describe('lexicon data', () => {
  it('has unique, namespaced rule ids', () => {
    const ids = LEXICON.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of LEXICON) expect(r.id).toMatch(r.category === 'sanctions' ? /^sanctions\.[a-z-]+$/ : /^deployment\.[a-z-]+$/);
  });

  it.each(LEXICON.map((r) => [r.id, r] as const))('%s: patterns compile without capturing groups', (_id, rule) => {
    for (const p of [...rule.patterns, ...(rule.exclude ?? []), ...(rule.excludeInTrigger ?? [])]) {
      const groups = new RegExp(`${p}|`).exec('')?.length ?? 0;
      expect(groups, p.slice(0, 60)).toBe(1);
    }
    expect(rule.prior).toBeGreaterThan(0.5);
    expect(rule.prior).toBeLessThanOrEqual(1);
  });

  const examples = LEXICON.flatMap((r) => r.examples.map((e) => [r.id, e] as const));
  it.each(examples)('%s tags its example: %s', (id, example) => {
    expect(tagText(example).map((m) => m.ruleId)).toContain(id);
  });

  it('anchors every example: each contains an anchor stem at a word start', () => {
    const anchor = new RegExp(`(?<![A-Za-z])(?:${ANCHOR_STEMS.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'i');
    for (const [, example] of examples) expect(anchor.test(example), example).toBe(true);
  });

  it('modality cues compile and have stable ids', () => {
    expect(new Set(MODALITY_CUES.map((c) => c.id)).size).toBe(MODALITY_CUES.length);
    for (const c of MODALITY_CUES) expect(() => new RegExp(c.pattern, 'i')).not.toThrow();
  });
});

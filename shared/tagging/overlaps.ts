import type { Candidate } from './detect.js';

const overlap = (a: Candidate, b: Candidate): boolean => a.trigger.start < b.trigger.end && b.trigger.start < a.trigger.end;

/**
 * One reading per stretch of text and one mention per category, subtype and sentence:
 * overlapping triggers of a category keep the higher-priority (more specific) rule, and
 * catch-all rules give way to specific ones. "Imposed sanctions ... the sanctions" is one event.
 * Returns candidates in text order.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const specific = new Set(
    candidates.filter((c) => !c.rule.fallback).map((c) => `${c.sentence.start}|${c.rule.category}`),
  );
  const kept: Candidate[] = [];
  const seen = new Set<string>();
  const byPriority = [...candidates].sort((x, y) => x.priority - y.priority || x.trigger.start - y.trigger.start);
  for (const c of byPriority) {
    if (c.rule.fallback && specific.has(`${c.sentence.start}|${c.rule.category}`)) continue;
    if (kept.some((k) => k.rule.category === c.rule.category && overlap(k, c))) continue;
    const key = `${c.sentence.start}|${c.rule.category}|${c.rule.subtype}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(c);
  }
  return kept.sort((x, y) => x.trigger.start - y.trigger.start);
}

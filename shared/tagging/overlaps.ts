import type { Mention } from '../article/mention.js';
import type { Candidate } from './detect.js';

const overlap = (a: Candidate, b: Candidate): boolean => a.trigger.start < b.trigger.end && b.trigger.start < a.trigger.end;

/**
 * One reading per stretch of text: overlapping triggers of a category keep the higher-priority
 * (more specific) rule, and catch-all rules give way to specific ones. Repeats of one event in a
 * sentence are merged later, once modality is known (`oneMentionPerEvent`). Returns candidates
 * in text order.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const specific = new Set(
    candidates.filter((c) => !c.rule.fallback).map((c) => `${c.sentence.start}|${c.rule.category}`),
  );
  const kept: Candidate[] = [];
  const byPriority = [...candidates].sort((x, y) => x.priority - y.priority || x.trigger.start - y.trigger.start);
  for (const c of byPriority) {
    if (c.rule.fallback && specific.has(`${c.sentence.start}|${c.rule.category}`)) continue;
    if (kept.some((k) => k.rule.category === c.rule.category && overlap(k, c))) continue;
    kept.push(c);
  }
  return kept.sort((x, y) => x.trigger.start - y.trigger.start);
}

/**
 * One mention per category, subtype and sentence: "imposed sanctions ... the sanctions" is one
 * event. When the sentence reads it more than one way, the reading that says it happened wins
 * ("asked the troops to leave; the withdrawal was completed"), then the more confident one, then
 * the first. Returns mentions in text order.
 */
export function oneMentionPerEvent(mentions: readonly Mention[], happened: (m: Mention) => boolean): Mention[] {
  const best = new Map<string, Mention>();
  for (const m of mentions) {
    const key = `${m.evidence.start}|${m.category}|${m.subtype}`;
    const current = best.get(key);
    const better =
      !current ||
      (happened(m) && !happened(current)) ||
      (happened(m) === happened(current) && m.confidence > current.confidence);
    if (better) best.set(key, m);
  }
  return [...best.values()].sort((a, b) => a.trigger.start - b.trigger.start);
}

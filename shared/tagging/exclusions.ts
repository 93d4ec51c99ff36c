import type { Candidate } from './detect.js';
import type { LexiconRule } from './lexicon/types.js';

/** How far either side of the trigger an exclusion looks, in UTF-16 units, within the sentence. */
export const EXCLUSION_WINDOW = 60;

const compiled = new Map<LexiconRule, { around: RegExp[]; inTrigger: RegExp[] }>();
function exclusionsOf(rule: LexiconRule): { around: RegExp[]; inTrigger: RegExp[] } {
  let c = compiled.get(rule);
  if (!c) {
    c = {
      around: (rule.exclude ?? []).map((p) => new RegExp(p, 'i')),
      inTrigger: (rule.excludeInTrigger ?? []).map((p) => new RegExp(p, 'i')),
    };
    compiled.set(rule, c);
  }
  return c;
}

/** Whether a rule's exclusions veto this candidate ("sanctioned the use of force", "security forces"). */
export function isExcluded(text: string, c: Candidate): boolean {
  const { around, inTrigger } = exclusionsOf(c.rule);
  const trigger = text.slice(c.trigger.start, c.trigger.end);
  // With the word before it too: "Security forces were deployed" starts its trigger at "forces".
  const wordBefore = /\S+\s+$/.exec(text.slice(Math.max(c.sentence.start, c.trigger.start - 30), c.trigger.start))?.[0] ?? '';
  if (inTrigger.some((r) => r.test(trigger) || r.test(wordBefore + trigger))) return true;
  const window = text.slice(
    Math.max(c.sentence.start, c.trigger.start - EXCLUSION_WINDOW),
    Math.min(c.sentence.end, c.trigger.end + EXCLUSION_WINDOW),
  );
  return around.some((r) => r.test(window));
}

/** Candidates that survive their rules' exclusions. */
export const applyExclusions = (text: string, candidates: readonly Candidate[]): Candidate[] =>
  candidates.filter((c) => !isExcluded(text, c));

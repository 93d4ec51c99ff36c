import type { ResolvedActors } from './actors.js';
import type { Candidate } from './detect.js';

/** Penalty when no one is named as acting: news rarely reports a sanction or deployment by nobody. */
export const NO_AGENT_PENALTY = 0.15;
/** Penalty for a sanctions mention with no resolvable target. */
export const NO_TARGET_PENALTY = 0.05;
/** Bonus when both sides are resolved to states or named bodies. */
export const BOTH_SIDES_BONUS = 0.05;

/**
 * Estimated probability that an analyst accepts the mention: the rule's measured precision,
 * lowered when the sentence names no actor and raised when both sides are known.
 */
export function confidenceOf(c: Candidate, actors: ResolvedActors): number {
  let p = c.rule.prior;
  if (actors.agents.length === 0) p -= NO_AGENT_PENALTY;
  if (c.rule.category === 'sanctions' && actors.patients.length === 0) p -= NO_TARGET_PENALTY;
  if (actors.agents.length > 0 && actors.patients.length > 0) p += BOTH_SIDES_BONUS;
  return Math.round(Math.min(0.99, Math.max(0.05, p)) * 100) / 100;
}

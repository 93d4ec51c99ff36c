import { distance } from 'fastest-levenshtein';

/** Case, dashes and underscores do not count: "sms_min_severity" is smsMinSeverity misspelt. */
const fold = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The candidate closest to `word` by edit distance, when it is close enough to be what was meant
 * (up to one edit in three characters, or a prefix of the candidate), else undefined.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const folded = fold(word);
  if (folded.length === 0) return undefined;
  let best: { candidate: string; cost: number } | undefined;
  for (const candidate of candidates) {
    const target = fold(candidate);
    const cost = folded.length >= 3 && target.startsWith(folded) ? 0.5 : distance(folded, target);
    if (!best || cost < best.cost) best = { candidate, cost };
  }
  return best && best.cost <= Math.max(1, Math.ceil(folded.length / 3)) ? best.candidate : undefined;
}

import type { Category, Subtype, TargetKind } from '../../article/mention.js';

/**
 * One tagging rule: data, not code, so a change to what gets tagged is a readable diff and
 * every mention records the rule that fired.
 */
export interface LexiconRule {
  /** Stable id, `<category-family>.<name>`; recorded on every mention as `ruleId`. */
  id: string;
  category: Category;
  subtype: Subtype;
  /**
   * Word starts (regex sources, case-insensitive) at least one of which occurs in every match.
   * Their union is the one cheap pass over the whole text; a rule only runs on sentences that
   * contain one of its own.
   */
  keywords: readonly string[];
  /**
   * Regular-expression sources (case-insensitive, no capturing groups) matched inside one
   * sentence; the match is the trigger. Earlier rules win where two match at the same place.
   */
  patterns: readonly string[];
  /** Sources tested around the trigger (60 characters either side, within the sentence); any match drops the mention. */
  exclude?: readonly string[];
  /** Sources tested against the trigger, alone and with the word before it ("security forces deployed"). */
  excludeInTrigger?: readonly string[];
  /** Sanctions: what the measure targets when the target phrase does not say. */
  targetKind?: TargetKind;
  /**
   * Share of this rule's matches an analyst would accept, before context adjustments
   * (measured on the hard set and the dev sample; see docs/taxonomy.md).
   */
  prior: number;
  /** Dropped unless a target (patient) was resolved: "banned imports from Iran", not "banned rice exports". */
  requiresPatient?: boolean;
  /** Dropped unless someone acting was resolved: spam blacklists have no state behind them. */
  requiresAgent?: boolean;
  /** A catch-all rule: dropped when a specific rule of the same category fired in the sentence. */
  fallback?: boolean;
  /** Short phrases this rule must tag; the lexicon test runs them. */
  examples: readonly string[];
}

import { createHash } from 'node:crypto';
import type { Mention } from '../article/mention.js';
import type { AlertDecisionLog } from '../ports.js';
import { topMentions } from '../watch/alert.js';
import { MAX_EVIDENCE_CHARS, MAX_LINK_CHARS, MAX_TITLE_CHARS, oneLine } from '../watch/message-text.js';
import type { Severity } from '../watch/watch.js';

/**
 * What alerting decided for one watch and one article (or, for `digested`, one waiting alert):
 * sent at once, an update sent, suppressed as a repeat, parked for a digest (`queued`), held in quiet
 * hours, past the hourly limit, delivered in a digest, failed to publish, or skipped as stale.
 */
export type DecisionOutcome =
  | 'sent'
  | 'update-sent'
  | 'suppressed'
  | 'queued'
  | 'held'
  | 'rate-limited'
  | 'digested'
  | 'failed'
  | 'skipped-stale';

export const DECISION_OUTCOMES: readonly DecisionOutcome[] = [
  'sent',
  'update-sent',
  'suppressed',
  'queued',
  'held',
  'rate-limited',
  'digested',
  'failed',
  'skipped-stale',
];

/** A matching mention as the audit keeps it: the rule that fired and the evidence span. */
export interface DecisionMention {
  ruleId: string;
  category: string;
  subtype: string;
  modality: string;
  confidence: number;
  /** UTF-16 offsets into the stored article text, end exclusive; the text is capped. */
  evidence: { start: number; end: number; text: string };
}

/** One audit item. */
export interface AlertDecision {
  /** Deterministic: the same decision made again (a retried message) overwrites its item. */
  decisionId: string;
  watchId: string;
  storyId: string;
  articleId: string;
  outcome: DecisionOutcome;
  decidedAt: string;
  /** The alert (or update) this decision is about, when one was composed. */
  alertId?: string;
  /** For `digested`: the digest that carried it. */
  digestId?: string;
  /** Why, in words: "repeat of alert 3f9a…", "published 2004-03-01, outside the 72 h window". */
  reason?: string;
  /** What an update added, in words. */
  changes?: string[];
  severity?: Severity;
  title?: string;
  url?: string;
  mentions: DecisionMention[];
  taggerVersion?: string;
  /** How it reached (or will reach) subscribers: "email", "sms", "digest". */
  channels: string[];
  snsMessageId?: string;
}

/** The mentions an audit item keeps: the top 20 a watch matched. */
const MAX_DECISION_MENTIONS = 20;

export const decisionMentions = (matched: readonly Mention[]): DecisionMention[] =>
  topMentions(matched)
    .slice(0, MAX_DECISION_MENTIONS)
    .map((m) => ({
      ruleId: m.ruleId,
      category: m.category,
      subtype: m.subtype,
      modality: m.modality,
      confidence: m.confidence,
      evidence: { start: m.evidence.start, end: m.evidence.end, text: oneLine(m.evidence.text, MAX_EVIDENCE_CHARS) },
    }));

/** Title and link as the audit keeps them: capped, one line. */
export const decisionArticle = (article: { title: string; url: string }) => ({
  title: oneLine(article.title, MAX_TITLE_CHARS),
  url: article.url.length <= MAX_LINK_CHARS ? article.url : '',
});

/** A decision id from the parts that make a decision the same decision. */
export const decisionIdFor = (...parts: string[]): string => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16);

export interface AlertDecisionQuery {
  watchId: string;
  /** ISO instants; both inclusive. */
  since?: string;
  until?: string;
  /** At most this many per page (default 100, at most 1,000). */
  limit?: number;
  /** From a previous page's `cursor`. */
  cursor?: string;
}

export interface AlertDecisionPage {
  decisions: AlertDecision[];
  /** Present when there are more: pass it back for the next page. */
  cursor?: string;
}

export const DEFAULT_DECISION_PAGE = 100;
export const MAX_DECISION_PAGE = 1_000;

/**
 * A watch's alert decisions in a time range, newest first: what was sent, held, suppressed or skipped,
 * when, and why. One key range of one partition per page: no scans.
 *
 * @example
 * const page = await listAlertDecisions({ watchId: 'venezuela-sanctions', since: '2019-03-21T00:00:00Z' }, log);
 */
export function listAlertDecisions(query: AlertDecisionQuery, log: AlertDecisionLog): Promise<AlertDecisionPage> {
  const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_DECISION_PAGE)), MAX_DECISION_PAGE);
  return log.list({ ...query, limit });
}

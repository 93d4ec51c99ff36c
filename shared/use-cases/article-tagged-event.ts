import * as z from 'zod';
import type { Article } from '../article/article.js';
import { DEPLOYMENT_SUBTYPES, SANCTIONS_SUBTYPES } from '../article/mention.js';

const span = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
const actor = z.union([
  z.object({ kind: z.literal('state'), code: z.string(), surface: z.string() }),
  z.object({
    kind: z.enum(['organisation', 'entity']),
    name: z.string(),
    surface: z.string(),
    country: z.string().optional(),
    sanctions: z
      .array(
        z.object({
          list: z.string(),
          id: z.string(),
          name: z.string(),
          programs: z.array(z.string()),
          score: z.number().min(0).max(1),
          alias: z.string(),
        }),
      )
      .optional(),
  }),
]);
const mention = z.object({
  category: z.enum(['sanctions', 'military-deployment']),
  subtype: z.enum([...SANCTIONS_SUBTYPES, ...DEPLOYMENT_SUBTYPES]),
  modality: z.enum(['asserted', 'negated', 'hypothetical', 'planned', 'threatened', 'reported', 'historical']),
  agents: z.array(actor),
  patients: z.array(actor),
  targetKind: z.enum(['country', 'sector', 'entity', 'person', 'vessel']).optional(),
  trigger: span,
  evidence: span,
  ruleId: z.string(),
  confidence: z.number().min(0).max(1),
});

/** The message process-articles sends to alerting for every article with mentions. */
export const ArticleTaggedEventSchema = z.object({
  articleId: z.string().min(1),
  storyId: z.string().min(1),
  title: z.string(),
  url: z.string(),
  source: z.object({ id: z.string(), name: z.string() }),
  /** Absent when the source gave no date. */
  publishedAt: z.string().optional(),
  fetchedAt: z.string().optional(),
  ingestedAt: z.string(),
  mentions: z.array(mention).min(1),
  /** The tagger release that produced the mentions, when the producer says; alert audits keep it. */
  taggerVersion: z.string().optional(),
});
/**
 * The schema's mentions and the tagger's `Mention` must stay the same shape: `articleTaggedEvent` below
 * and `sendAlerts` (which hands them to `matchWatch`) fail to compile if they drift apart.
 */
export type ArticleTaggedEvent = z.output<typeof ArticleTaggedEventSchema>;

/** The event for a stored article; it carries all alerting needs so alerting never waits on a read. */
export const articleTaggedEvent = (article: Article): ArticleTaggedEvent => ({
  articleId: article.id,
  storyId: article.storyId,
  title: article.title,
  url: article.url,
  source: article.source,
  publishedAt: article.publishedAt,
  fetchedAt: article.fetchedAt,
  ingestedAt: article.ingestedAt,
  mentions: article.mentions,
});

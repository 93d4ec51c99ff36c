import * as z from 'zod';
import type { Category, Mention } from './mention.js';

/**
 * Upper bound on one article's body, in UTF-16 code units; larger bodies are rejected, not truncated.
 * 80k characters keeps any article, even in a three-byte script, inside one 256 KiB SQS message.
 */
export const MAX_ARTICLE_CHARS = 80_000;

/**
 * Characters that have no place in a one-line headline or a link and are the raw material of forged
 * alert lines and spoofed text: control characters (line breaks included), Unicode line and paragraph
 * separators, and bidirectional embedding, override and isolate marks.
 */
const LINE_BREAKING = /[\p{Cc}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]+/gu;

/** A headline on one line: every run of whitespace or unsafe characters becomes one space. */
const oneLine = (text: string) => text.replace(LINE_BREAKING, ' ').replace(/\s+/g, ' ').trim();

/**
 * Absolute http(s) URL, stored as the URL parser writes it (`href`): control characters and spaces a
 * source slipped in are percent-encoded or, for tabs and line breaks, dropped (as the URL standard
 * does), so a stored link can never break a line of an alert.
 */
const httpUrl = z
  .string()
  .transform((value) => value.replace(LINE_BREAKING, '').trim())
  .pipe(z.url({ protocol: /^https?$/, error: 'url: expected an absolute http(s) URL' }))
  .transform((value) => new URL(value).href);

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), {
  error: (issue) => `expected an ISO-8601 date, got ${JSON.stringify(issue.input)}`,
});

/**
 * An article as it enters the pipeline, from a feed poll, the HTTP API or a bulk import.
 * This is the SQS message body on the articles queue.
 */
export const ArticleSubmissionSchema = z.object({
  url: httpUrl,
  /** One line of plain text: line breaks and control characters are removed at ingestion, whatever the source. */
  title: z.string().transform(oneLine).pipe(z.string().min(1, 'title: must not be empty').max(1_000)),
  /** True when the source gave no title and this one was made from the first sentence of the text (feeds only). */
  titleDerived: z.boolean().optional(),
  /** Plain text or HTML; HTML is converted to text during processing. */
  body: z
    .string()
    .max(MAX_ARTICLE_CHARS, `body: longer than the ${MAX_ARTICLE_CHARS}-character limit`)
    .optional(),
  bodyFormat: z.enum(['text', 'html']).default('text'),
  /** True when the body is only a feed summary, so the page should be fetched for the full text. */
  summaryOnly: z.boolean().default(false),
  /** When the source published it. Left out when the source gives no date: it stays unknown, never guessed. */
  publishedAt: isoDate.optional(),
  /** The source's own last-updated time for this item; a change means the article is worth reading again. */
  updatedAt: isoDate.optional(),
  /** When Tocsin fetched the item (feed poll or API receipt); fetch-to-alert latency starts here. */
  fetchedAt: isoDate.optional(),
  source: z
    .object({ id: z.string().min(1).max(200), name: z.string().min(1).max(300) })
    .default({ id: 'api', name: 'API' }),
  /** False for backfills (archive imports): the article is stored and tagged but never alerted on. */
  alerts: z.boolean().default(true),
  /** The feed's own id for the entry, when it has one. Not trusted for dedupe: feeds change it. */
  guid: z.string().max(2_000).optional(),
});
export type ArticleSubmission = z.output<typeof ArticleSubmissionSchema>;

/** An article after normalisation, dedupe and tagging, as stored. */
export interface Article {
  /** Stable id derived from the canonical URL. */
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  text: string;
  source: { id: string; name: string };
  /** When the source published it; undefined when the source gave no date (shown as unknown, never guessed). */
  publishedAt?: string;
  /** When Tocsin fetched the item, when known. */
  fetchedAt?: string;
  /** When Tocsin stored it. */
  ingestedAt: string;
  /** Hash of the normalised text, for exact-duplicate detection. */
  contentHash: string;
  /** Near-duplicate fingerprint (hex), for story clustering. */
  fingerprint: string;
  /** Articles reporting the same story share this id (the first article's id). */
  storyId: string;
  mentions: Mention[];
  categories: Category[];
  /** ISO 3166-1 alpha-2 codes of every state actor in the mentions. */
  countries: string[];
}

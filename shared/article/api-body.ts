import { InvalidArticleError } from '../errors.js';
import { describeIssues } from '../feeds/describe-issues.js';
import { MAX_JSON_DEPTH } from '../feeds/feed-limits.js';
import { jsonNestsDeeperThan } from '../feeds/json-nesting.js';
import { ArticleSubmissionSchema, type ArticleSubmission } from './article.js';

/** Largest API request body, in UTF-8 bytes: room for a few full-length articles. */
export const MAX_API_BODY_BYTES = 1024 * 1024;
/** Most articles in one request. */
export const MAX_API_BATCH = 100;
/** Deepest JSON nesting accepted; a batch of articles nests 3 levels. */
export const MAX_API_BODY_DEPTH = MAX_JSON_DEPTH;

export interface ApiBodyLimits {
  maxBytes?: number;
  maxBatch?: number;
  maxDepth?: number;
}

const SHAPE = 'expected an article object, an array of articles, or {"articles": [...]}';
const MAX_REPORTED_ARTICLES = 10;

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function articlesIn(body: unknown): { items: unknown[]; prefix: (index: number) => string } {
  if (Array.isArray(body)) return { items: body, prefix: (index) => `[${index}]` };
  if (body === null || typeof body !== 'object') throw new InvalidArticleError(`body: ${SHAPE}, got ${typeName(body)}`);
  if (!Object.hasOwn(body, 'articles')) return { items: [body], prefix: () => '' };
  const articles = (body as { articles: unknown }).articles;
  if (!Array.isArray(articles)) throw new InvalidArticleError(`articles: expected an array, got ${typeName(articles)}`);
  return { items: articles, prefix: (index) => `articles[${index}]` };
}

/**
 * Validates an HTTP API request body: one article, an array of articles, or `{"articles": [...]}`.
 * All or nothing: any invalid article rejects the request, with every problem named by index and field.
 *
 * @example
 * parseApiBody('{"url":"https://example.com/a","title":"Sanctions widened"}');
 * // → [{ url: 'https://example.com/a', title: 'Sanctions widened', bodyFormat: 'text', ... }]
 */
export function parseApiBody(raw: string | undefined, limits: ApiBodyLimits = {}): ArticleSubmission[] {
  const { maxBytes = MAX_API_BODY_BYTES, maxBatch = MAX_API_BATCH, maxDepth = MAX_API_BODY_DEPTH } = limits;
  if (raw === undefined || raw.trim() === '') throw new InvalidArticleError(`body is empty: ${SHAPE}`);
  // A UTF-16 code unit never encodes to fewer UTF-8 bytes, so the cheap length check is safe.
  if (raw.length > maxBytes || utf8Length(raw) > maxBytes) {
    throw new InvalidArticleError(`body is larger than the ${maxBytes}-byte limit`);
  }
  if (jsonNestsDeeperThan(raw, maxDepth)) throw new InvalidArticleError(`body nests deeper than ${maxDepth} levels`);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (error) {
    throw new InvalidArticleError(`body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }

  const { items, prefix } = articlesIn(body);
  if (items.length === 0) throw new InvalidArticleError('no articles: the batch is empty');
  if (items.length > maxBatch) throw new InvalidArticleError(`${items.length} articles, over the limit of ${maxBatch} per request`);

  const submissions: ArticleSubmission[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const result = ArticleSubmissionSchema.safeParse(item);
    // Only Tocsin's own feed poller may say a date is a stand-in; an API caller's date is theirs.
    if (result.success) submissions.push(result.data);
    else problems.push(describeIssues(result.error, item, prefix(index)));
  });
  if (problems.length > 0) {
    const more = problems.length > MAX_REPORTED_ARTICLES ? ` (and ${problems.length - MAX_REPORTED_ARTICLES} more invalid articles)` : '';
    throw new InvalidArticleError(`${problems.slice(0, MAX_REPORTED_ARTICLES).join('; ')}${more}`);
  }
  return submissions;
}

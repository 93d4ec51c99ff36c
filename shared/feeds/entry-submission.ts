import { ArticleSubmissionSchema, type ArticleSubmission } from '../article/article.js';
import { describeIssues } from './describe-issues.js';
import type { EntryFields, EntryText } from './feed-entries.js';

export interface EntryContext {
  source: { id: string; name: string };
  fetchedAt: Date;
  /** The feed's final URL, against which relative links resolve when no xml:base applies. */
  documentUrl: string;
}

export type EntryOutcome = { ok: true; submission: ArticleSubmission } | { ok: false; reason: string };

const MAX_GUID_CHARS = 2_000;
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>/i;

function resolveLink(link: string, bases: readonly string[], documentUrl: string): URL | undefined {
  try {
    // Each xml:base may itself be relative to the one outside it, and the outermost to the document.
    const base = [...bases].reverse().reduce((outer, inner) => new URL(inner, outer).href, documentUrl);
    return new URL(link.trim(), base);
  } catch {
    return undefined;
  }
}

function isHtml(text: EntryText): boolean {
  return text.isHtml ?? MARKUP.test(text.value);
}

/** The entry's date as ISO-8601 when it parses; feeds in other languages ("Seg, 24 Set 2018") do not. */
function entryDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const time = Date.parse(raw.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * Maps one feed entry to an article submission, or gives the reason it cannot be one. An entry without a
 * usable date keeps an unknown publication time; the fetch time is recorded separately.
 */
export function entryToSubmission(entry: EntryFields, ctx: EntryContext): EntryOutcome {
  if (entry.link === undefined || entry.link.trim() === '') return { ok: false, reason: 'no link' };
  const url = resolveLink(entry.link, entry.bases, ctx.documentUrl);
  if (url === undefined) return { ok: false, reason: `link ${JSON.stringify(entry.link)} is not a valid URL` };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `link ${JSON.stringify(entry.link)} is not an http(s) URL` };
  }
  const title = entry.title?.replace(/\s+/g, ' ').trim();
  if (!title) return { ok: false, reason: 'no title' };

  const body = entry.content ?? entry.summary;
  const publishedAt = entryDate(entry.date);
  const input = {
    url: url.href,
    title,
    body: body?.value,
    bodyFormat: body !== undefined && isHtml(body) ? 'html' : 'text',
    summaryOnly: entry.content === undefined,
    publishedAt,
    fetchedAt: ctx.fetchedAt.toISOString(),
    source: ctx.source,
    // The GUID is informational only (dedupe uses URL and content), so an oversized one is dropped, not fatal.
    guid: entry.guid !== undefined && entry.guid.length <= MAX_GUID_CHARS ? entry.guid : undefined,
  };
  const result = ArticleSubmissionSchema.safeParse(input);
  return result.success ? { ok: true, submission: result.data } : { ok: false, reason: describeIssues(result.error, input) };
}

import { ArticleSubmissionSchema, type ArticleSubmission } from '../article/article.js';
import { htmlToText } from '../article/html-to-text.js';
import { contentHash } from '../dedupe/content-hash.js';
import { sentenceAround } from '../tagging/sentence.js';
import { archiveUrl } from '../use-cases/import-lines.js';
import { describeIssues } from './describe-issues.js';
import type { EntryFields, EntryText, FeedAuthor } from './feed-entries.js';

export interface EntryContext {
  source: { id: string; name: string };
  fetchedAt: Date;
  /**
   * The document's base URI: its Content-Location when the server sent one, else its final URL.
   * Relative links and ids resolve against it, under any xml:base in scope.
   */
  documentUrl: string;
}

/** An entry the pipeline keeps: its submission, and the entry's own fields as the feed gives them. */
export interface KeptEntry {
  submission: ArticleSubmission;
  /** The entry's id, resolved against its base when it is a relative permalink. */
  id?: string;
  /** Dates exactly as written in the feed. */
  published?: string;
  updated?: string;
  authors: FeedAuthor[];
  /** The summary (or, lacking one, the content) as plain text. */
  summary?: string;
}

export type EntryOutcome = { ok: true; entry: KeptEntry } | { ok: false; reason: string };

const MAX_GUID_CHARS = 2_000;
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** The headline of an entry that has neither title, text nor link: it is kept for what it has (an id, a date, an author). */
const UNTITLED = 'Untitled entry';
/** A headline made from the text is cut to this many characters, at a word. */
const MAX_DERIVED_TITLE_CHARS = 140;

function isHtml(text: EntryText): boolean {
  return text.isHtml ?? MARKUP.test(text.value);
}

/** Plain text of a feed text field on one line (titles) or in paragraphs (summaries). */
function plain(text: EntryText | undefined): string {
  if (text === undefined) return '';
  return (isHtml(text) ? htmlToText(text.value) : text.value).trim();
}

/** The base URI in scope: each xml:base (innermost first) may itself be relative to the one outside it, the outermost to the document. */
export function baseOf(bases: readonly string[], documentUrl: string): string {
  return [...bases].reverse().reduce((outer, inner) => {
    try {
      return new URL(inner.trim(), outer).href;
    } catch {
      return outer;
    }
  }, documentUrl);
}

function resolve(reference: string, base: string): URL | undefined {
  try {
    return new URL(reference.trim(), base);
  } catch {
    return undefined;
  }
}

const isHttp = (url: URL | undefined): url is URL => url !== undefined && (url.protocol === 'http:' || url.protocol === 'https:');

/** The entry's date as ISO-8601 when it parses; feeds in other languages ("Seg, 24 Set 2018") do not. */
function isoDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const time = Date.parse(raw.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A headline from the first sentence of the text, cut at a word when long. */
function headlineFrom(text: string): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const { start, end } = sentenceAround(firstLine, 0);
  const sentence = firstLine.slice(start, end).replace(/\s+/g, ' ').trim();
  if (sentence.length <= MAX_DERIVED_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_DERIVED_TITLE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A headline from a link when the entry has no title and no text: its host and path. */
const headlineFromLink = (url: URL) => `${url.hostname}${url.pathname === '/' ? '' : decodeURI(url.pathname).replace(/\/$/, '')}`;

function resolvedAuthors(authors: readonly FeedAuthor[], base: string): FeedAuthor[] {
  const seen = new Set<string>();
  const out: FeedAuthor[] = [];
  for (const author of authors) {
    const name = author.name?.replace(/\s+/g, ' ').trim() || undefined;
    const email = author.email?.trim() || undefined;
    const href = author.href === undefined ? undefined : (resolve(author.href, base)?.href ?? author.href.trim());
    const key = `${name ?? ''}|${email ?? ''}`;
    if ((name ?? email ?? href) === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...(name && { name }), ...(email && { email }), ...(href && { href }) });
  }
  return out;
}

/**
 * Maps one feed entry to an article submission, or gives the reason it cannot be one. No entry is
 * lost for a missing field: one without a title gets a headline from the first sentence of its text
 * (or, lacking text, from its link), marked `titleDerived`; one without a link takes its permalink id,
 * or else a stable identity under `import.invalid` made from its id or, lacking one, its content.
 * Only an empty entry, or one whose link is not http(s), is rejected. An entry without a usable date
 * keeps an unknown publication time; the fetch time is recorded separately.
 */
export function entryToSubmission(entry: EntryFields, ctx: EntryContext): EntryOutcome {
  const base = baseOf(entry.bases, ctx.documentUrl);
  const link = entry.link?.trim() ? resolve(entry.link, base) : undefined;
  if (entry.link?.trim() && link === undefined) return { ok: false, reason: `link ${JSON.stringify(entry.link)} is not a valid URL` };
  if (link !== undefined && !isHttp(link)) return { ok: false, reason: `link ${JSON.stringify(entry.link)} is not an http(s) URL` };

  const rawId = entry.id?.trim() || undefined;
  const resolvedId = rawId !== undefined && entry.idIsPermalink && !HAS_SCHEME.test(rawId) ? resolve(rawId, base) : undefined;
  const id = resolvedId?.href ?? rawId;
  const permalink = link ?? (entry.idIsPermalink && id !== undefined ? resolve(id, base) : undefined);
  const pageUrl = isHttp(permalink) ? permalink : undefined;

  const givenTitle = plain(entry.title).replace(/\s+/g, ' ');
  const text = plain(entry.content ?? entry.summary);
  const dates = [entry.published, entry.updated, entry.created].filter((date) => date !== undefined);
  const authorNames = entry.authors.map((author) => [author.name, author.email].filter(Boolean).join(' ')).join(', ');
  if (givenTitle === '' && text === '' && pageUrl === undefined && id === undefined && dates.length === 0 && authorNames === '') {
    return { ok: false, reason: 'empty entry: no title, text, link, id, date or author' };
  }
  const title = givenTitle || (text !== '' ? headlineFrom(text) : pageUrl !== undefined ? headlineFromLink(pageUrl) : UNTITLED);
  const identity = id !== undefined && id.length <= MAX_GUID_CHARS ? id : `content-${contentHash([title, text, ...dates, authorNames].join('\n'))}`;
  const url = pageUrl?.href ?? archiveUrl(ctx.source.id, identity);

  const body = entry.content ?? entry.summary;
  const input = {
    url,
    title,
    ...(givenTitle === '' && { titleDerived: true }),
    body: body?.value,
    bodyFormat: body !== undefined && isHtml(body) ? 'html' : 'text',
    // Only a real page is worth fetching for the full text; an identity under .invalid is not one.
    summaryOnly: entry.content === undefined && pageUrl !== undefined,
    publishedAt: isoDate(entry.published ?? entry.created ?? entry.updated),
    updatedAt: isoDate(entry.updated),
    fetchedAt: ctx.fetchedAt.toISOString(),
    source: ctx.source,
    // The GUID is informational only (dedupe uses URL and content), so an oversized one is dropped, not fatal.
    guid: rawId !== undefined && rawId.length <= MAX_GUID_CHARS ? rawId : undefined,
  };
  const result = ArticleSubmissionSchema.safeParse(input);
  if (!result.success) return { ok: false, reason: describeIssues(result.error, input) };
  const summary = plain(entry.summary ?? entry.content);
  return {
    ok: true,
    entry: {
      submission: result.data,
      ...(id !== undefined && { id }),
      ...(entry.published !== undefined && { published: entry.published.trim() }),
      ...(entry.updated !== undefined && { updated: entry.updated.trim() }),
      authors: resolvedAuthors(entry.authors, base),
      ...(summary !== '' && { summary }),
    },
  };
}

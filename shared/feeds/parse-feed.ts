import type { ArticleSubmission } from '../article/article.js';
import { InvalidFeedError } from '../errors.js';
import { charsetFromContentType, decodeText, xmlDeclaredEncoding } from './decode-text.js';
import { entryToSubmission } from './entry-submission.js';
import { feedContents } from './feed-entries.js';
import { MAX_FEED_BYTES, MAX_FEED_ENTRIES } from './feed-limits.js';
import { readFeedDocument } from './read-feed-document.js';

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  /** Entries ready for the articles queue, in document order. */
  entries: ArticleSubmission[];
  /** Entries that could not become articles; `index` is the 0-based position in the feed. */
  rejected: { index: number; reason: string }[];
}

export interface FeedDocumentBytes {
  body: Uint8Array;
  /** The HTTP Content-Type, whose charset outranks the XML declaration. */
  contentType?: string;
  /** The final URL after redirects: the base for relative links. */
  url: string;
}

export interface FeedContext {
  source: { id: string; name: string };
  /** Stands in for entries without a usable date. */
  fetchedAt: Date;
}

/**
 * Parses an RSS 0.9x/2.0, RSS 1.0 (RDF), Atom or JSON Feed document into article submissions. Entries that
 * cannot become articles (no link, invalid fields) are listed in `rejected` with a reason; a document that is
 * not a usable feed throws `InvalidFeedError`.
 *
 * @example
 * const { entries, rejected } = parseFeed(
 *   { body: bytes, contentType: 'application/rss+xml', url: 'https://example.com/feed' },
 *   { source: { id: 'example', name: 'Example' }, fetchedAt: clock.now() },
 * );
 */
export function parseFeed(doc: FeedDocumentBytes, ctx: FeedContext): ParsedFeed {
  if (doc.body.byteLength > MAX_FEED_BYTES) {
    throw new InvalidFeedError(`feed is ${doc.body.byteLength} bytes, over the ${MAX_FEED_BYTES}-byte limit`);
  }
  // RFC 7303: the HTTP charset outranks the XML declaration; a BOM outranks both.
  const text = decodeText(doc.body, [charsetFromContentType(doc.contentType), xmlDeclaredEncoding(doc.body)]);
  const parsed = readFeedDocument(text);
  const contents = feedContents(parsed);

  const entryContext = { source: ctx.source, fetchedAt: ctx.fetchedAt, documentUrl: doc.url };
  const entries: ArticleSubmission[] = [];
  const rejected: ParsedFeed['rejected'] = [];
  contents.entries.slice(0, MAX_FEED_ENTRIES).forEach((entry, index) => {
    const outcome = entryToSubmission(entry, entryContext);
    if (outcome.ok) entries.push(outcome.submission);
    else rejected.push({ index, reason: `entry ${index}: ${outcome.reason}` });
  });
  if (contents.entries.length > MAX_FEED_ENTRIES) {
    rejected.push({
      index: MAX_FEED_ENTRIES,
      reason: `entries ${MAX_FEED_ENTRIES} to ${contents.entries.length - 1}: over the ${MAX_FEED_ENTRIES}-entry limit per feed`,
    });
  }
  return { format: parsed.format, title: contents.title, entries, rejected };
}

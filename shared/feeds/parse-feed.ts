import { htmlToText } from '../article/html-to-text.js';
import { InvalidFeedError } from '../errors.js';
import { charsetFromContentType, decodeText, xmlDeclaredEncoding } from './decode-text.js';
import { baseOf, entryToSubmission, type KeptEntry } from './entry-submission.js';
import { feedContents, type EntryText } from './feed-entries.js';
import { MAX_FEED_BYTES, MAX_FEED_ENTRIES } from './feed-limits.js';
import { readFeedDocument } from './read-feed-document.js';

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  /** The feed's title as plain text. */
  title?: string;
  /** The feed's own link to its site, resolved. */
  link?: string;
  /** Entries ready for the articles queue, in document order, each with its fields as the feed gives them. */
  entries: KeptEntry[];
  /** Entries that could not become articles; `index` is the 0-based position in the feed. */
  rejected: { index: number; reason: string }[];
  /** How a damaged document was read (ill-formed XML read leniently, a cut-off tail dropped). */
  warnings: string[];
}

export interface FeedDocumentBytes {
  body: Uint8Array;
  /** The HTTP Content-Type, whose charset outranks the XML declaration. */
  contentType?: string;
  /** The final URL after redirects: the base for relative links. */
  url: string;
  /** The HTTP Content-Location, when sent: the document's own base URI (RFC 9110), resolved against `url`. */
  contentLocation?: string;
}

export interface FeedContext {
  source: { id: string; name: string };
  /** When the feed was fetched; every submission records it. */
  fetchedAt: Date;
}

/** The document's base URI: an http(s) Content-Location resolved against the URL it was fetched from, else that URL. */
function documentBase(doc: FeedDocumentBytes): string {
  if (doc.contentLocation === undefined || doc.contentLocation.trim() === '') return doc.url;
  try {
    const location = new URL(doc.contentLocation.trim(), doc.url);
    return location.protocol === 'http:' || location.protocol === 'https:' ? location.href : doc.url;
  } catch {
    return doc.url;
  }
}

function resolveFeedLink(link: string | undefined, base: string): string | undefined {
  if (link === undefined || link.trim() === '') return undefined;
  try {
    return new URL(link.trim(), base).href;
  } catch {
    return link.trim();
  }
}

const plainTitle = (title: EntryText | undefined) =>
  title === undefined ? undefined : (title.isHtml === false ? title.value : htmlToText(title.value)).replace(/\s+/g, ' ').trim() || undefined;

/**
 * Parses an RSS 0.9x/2.0, RSS 1.0 (RDF), Atom or JSON Feed document into article submissions. Every
 * entry with something to read is kept (see `entryToSubmission`); entries that cannot become articles
 * (a non-http link, invalid fields, nothing to read) are listed in `rejected` with a reason; a damaged
 * document is read leniently and `warnings` say how; a document that is not a usable feed throws
 * `InvalidFeedError`.
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
  const document = readFeedDocument(text);
  const contents = feedContents(document.parsed);
  const base = documentBase(doc);

  const entryContext = { source: ctx.source, fetchedAt: ctx.fetchedAt, documentUrl: base };
  const entries: KeptEntry[] = [];
  const rejected: ParsedFeed['rejected'] = [];
  const whole = Math.min(document.completeEntries ?? Infinity, MAX_FEED_ENTRIES);
  contents.entries.slice(0, whole).forEach((entry, index) => {
    const outcome = entryToSubmission(entry, entryContext);
    if (outcome.ok) entries.push(outcome.entry);
    else rejected.push({ index, reason: `entry ${index}: ${outcome.reason}` });
  });
  if (contents.entries.length > whole) {
    const last = contents.entries.length - 1;
    const range = whole === last ? `entry ${whole}` : `entries ${whole} to ${last}`;
    const why = whole === document.completeEntries ? 'cut off where the document ends early' : `over the ${MAX_FEED_ENTRIES}-entry limit per feed`;
    rejected.push({ index: whole, reason: `${range}: ${why}` });
  }
  return {
    format: document.parsed.format,
    title: plainTitle(contents.title),
    link: resolveFeedLink(contents.link, baseOf(contents.base === undefined ? [] : [contents.base], base)),
    entries,
    rejected,
    warnings: document.recovered === undefined ? [] : [document.recovered],
  };
}

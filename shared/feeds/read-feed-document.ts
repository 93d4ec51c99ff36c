import { parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed, type AnyFeed } from 'feedsmith';
import { InvalidFeedError } from '../errors.js';
import { MAX_JSON_DEPTH } from './feed-limits.js';
import { jsonNestsDeeperThan } from './json-nesting.js';
import { closedEntryCount, rewriteWellFormed, withoutPrefix } from './recover-xml.js';
import { xmlRootName } from './xml-prolog.js';

/** A parsed feed, and how it was read when the document was damaged. */
export interface FeedDocument {
  parsed: AnyFeed;
  /** Set when the XML was not well-formed and was read leniently: what was wrong. */
  recovered?: string;
  /** For a document cut off before its end: how many entries it holds whole (the rest are partial). */
  completeEntries?: number;
}

const HTML_ROOTS = new Set(['html', 'head', 'body']);

/*
 * feedsmith 3.0.1 turns any parsed object with a `length` property into an array with
 * `Array.from(value)`, so a one-item feed with `<length>50000000</length>` (or `"length": 5e7` in JSON)
 * took 7.8 s here, and larger values exhaust memory. No feed format defines a `length`
 * element or key (enclosure length is an attribute), so such documents are refused before parsing.
 */
const LENGTH_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?length[\s/>]/i;

const MAX_QUOTED_CHARS = 200;
const TAIL_CHARS = 64 * 1024;

/** Parser messages quote the input (tag names, snippets), so they are cut to keep rejections readable. */
function clipped(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return clipped(String(error));
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return clipped(`${error.message}${cause}`);
}

/** The document's end without the comments and whitespace servers append after the root element. */
function withoutTrailingComments(text: string): string {
  let end = text.slice(-TAIL_CHARS).trimEnd();
  while (end.endsWith('-->')) {
    const open = end.lastIndexOf('<!--');
    if (open === -1) break;
    end = end.slice(0, open).trimEnd();
  }
  return end;
}

type XmlFormat = 'rss' | 'atom' | 'rdf';

function parseXml(format: XmlFormat, text: string): AnyFeed {
  if (format === 'rss') return { format, feed: parseRssFeed(text) };
  if (format === 'atom') return { format, feed: parseAtomFeed(text) };
  return { format, feed: parseRdfFeed(text) };
}

const FORMAT_OF: Partial<Record<string, XmlFormat>> = { rss: 'rss', feed: 'atom', rdf: 'rdf' };
const FORMAT_NAME: Record<XmlFormat, string> = { rss: 'RSS', atom: 'Atom', rdf: 'RDF' };

function readXmlFeed(text: string): FeedDocument {
  const root = xmlRootName(text);
  if (root === undefined) throw new InvalidFeedError('feed is neither XML nor JSON');
  const colon = root.indexOf(':');
  const localName = root.slice(colon + 1).toLowerCase();
  if (HTML_ROOTS.has(localName)) throw new InvalidFeedError(`document is an HTML page (<${root}>), not a feed`);
  const format = FORMAT_OF[localName];
  if (format === undefined) {
    throw new InvalidFeedError(`unrecognised feed: root element <${clipped(root)}> is not <rss>, <feed> (Atom) or <rdf:RDF>`);
  }
  if (LENGTH_ELEMENT.test(text)) throw new InvalidFeedError('feed contains a <length> element, which the parser cannot handle safely');
  // RSS has no namespace, so a prefixed root (<rss:rss>) is the publisher's own prefix on every element: read without it.
  const rename = colon > 0 && format === 'rss' ? withoutPrefix(root.slice(0, colon)) : undefined;
  const truncated = !new RegExp(`</\\s*${root.replace(/[.]/g, '\\.')}\\s*>$`, 'i').test(withoutTrailingComments(text).slice(-300));
  let failure: unknown;
  if (!truncated) {
    try {
      return { parsed: parseXml(format, rename ? rewriteWellFormed(text, rename) : text) };
    } catch (error) {
      failure = error;
    }
  }
  // A lenient reading keeps what a damaged document still holds; a cut-off one keeps only its whole entries.
  try {
    const parsed = parseXml(format, rewriteWellFormed(text, rename));
    if (truncated) {
      return { parsed, recovered: `feed is cut off before its closing </${clipped(root)}>: read leniently`, completeEntries: closedEntryCount(text) };
    }
    return { parsed, recovered: `feed is not well-formed XML (${describeFailure(failure)}): read leniently` };
  } catch (error) {
    if (truncated) throw new InvalidFeedError(`feed is truncated or not well-formed XML: it does not end with </${clipped(root)}>`);
    throw new InvalidFeedError(`feed is not valid ${FORMAT_NAME[format]}: ${describeFailure(failure ?? error)}`);
  }
}

function assertNoLengthKeys(value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (!Array.isArray(value) && Object.hasOwn(value, 'length')) {
    throw new InvalidFeedError('JSON feed contains a "length" key, which the parser cannot handle safely');
  }
  for (const child of Object.values(value)) assertNoLengthKeys(child);
}

function readJsonFeed(text: string): FeedDocument {
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new InvalidFeedError(`JSON feed nests deeper than ${MAX_JSON_DEPTH} levels`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidFeedError(`feed is not valid JSON: ${describeFailure(error)}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new InvalidFeedError('JSON feed must be an object with "version", "title" and "items"');
  }
  // Depth is bounded above, so this recursion is too.
  assertNoLengthKeys(json);
  try {
    return { parsed: { format: 'json', feed: parseJsonFeed(json) } };
  } catch (error) {
    throw new InvalidFeedError(`not a JSON Feed (expected "version": "https://jsonfeed.org/version/1.1", "title", "items"): ${describeFailure(error)}`);
  }
}

/**
 * Parses decoded feed text as RSS 0.9x/2.0, RSS 1.0 (RDF), Atom or JSON Feed, chosen by the root element
 * (with or without a namespace prefix) or a leading `{`. XML that is not well-formed, or is cut off, is
 * read again leniently (see `rewriteWellFormed`) and the result says so. Throws `InvalidFeedError`
 * with the reason for anything else, including hostile input.
 */
export function readFeedDocument(text: string): FeedDocument {
  const first = /[^\s\uFEFF]/.exec(text.slice(0, 4096))?.[0];
  if (first === undefined && text.trim() === '') throw new InvalidFeedError('feed is empty');
  if (first === '{') return readJsonFeed(text);
  if (first === '[') throw new InvalidFeedError('a JSON array is not a JSON Feed, which is an object with "version", "title" and "items"');
  return readXmlFeed(text);
}

import { htmlToText } from './html-to-text.js';
import type { DomDocument } from './page-dom.js';

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report/;
/** Publication-date meta tags Readability does not read (it reads JSON-LD and article:published_time). */
const DATE_META_SELECTOR = [
  'meta[itemprop="datePublished"]',
  'meta[name="dc.date"]',
  'meta[name="dcterms.date"]',
  'meta[name="prism.publicationDate"]',
  'meta[name="citation_publication_date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
].join(', ');

/** What a page declares about itself in JSON-LD and meta tags, read before extraction changes the DOM. */
export interface PageMetadata {
  /** The JSON-LD article object describing this page, when there is one. */
  article?: JsonObject;
  metaDate?: string;
}

function collectJsonLdObjects(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectJsonLdObjects(item, out);
  } else if (value && typeof value === 'object') {
    const object = value as JsonObject;
    out.push(object);
    collectJsonLdObjects(object['@graph'], out);
    collectJsonLdObjects(object['mainEntity'], out);
  }
}

const comparableUrl = (url: string) => url.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^https?:\/\/(www\.)?/, '');

function declaredUrls(article: JsonObject): string[] {
  const entity = article['mainEntityOfPage'];
  const entityUrl = entity && typeof entity === 'object' ? (entity as JsonObject)['@id'] : entity;
  return [article['url'], entityUrl, article['@id']].filter((u): u is string => typeof u === 'string');
}

/**
 * The JSON-LD article object that describes this page: the one whose URL is the page's, or the
 * only one. Listing pages declare several articles; guessing among them would take the wrong text.
 */
function jsonLdArticle(document: DomDocument, url: string): JsonObject | undefined {
  const objects: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectJsonLdObjects(JSON.parse(script.textContent ?? ''), objects);
    } catch {
      // Malformed JSON-LD is common; one bad block must not cost the page its other metadata.
    }
  }
  const articles = objects.filter((o) => ARTICLE_TYPE.test(String(o['@type'] ?? '')));
  const pageUrl = comparableUrl(url);
  const forThisPage = articles.filter((a) => declaredUrls(a).some((u) => comparableUrl(u) === pageUrl));
  if (forThisPage.length > 0) return forThisPage[0];
  return articles.length === 1 ? articles[0] : undefined;
}

/** Reads the page's JSON-LD article and date meta tags. */
export function readPageMetadata(document: DomDocument, url: string): PageMetadata {
  return {
    article: jsonLdArticle(document, url),
    metaDate: document.querySelector(DATE_META_SELECTOR)?.getAttribute('content') ?? undefined,
  };
}

/** JSON-LD `articleBody` as paragraphs: HTML is converted, plain text is split on its line breaks. */
export function jsonLdBody(article: JsonObject | undefined): string {
  const body = article?.['articleBody'];
  if (typeof body !== 'string') return '';
  if (/<\/?[a-z][^>]*>/i.test(body)) return htmlToText(body);
  return htmlToText(
    body
      .split(/\n+/)
      .map((line) => `<p>${line}</p>`)
      .join(''),
  );
}

export function jsonLdHeadline(article: JsonObject | undefined): string | undefined {
  const headline = article?.['headline'];
  return typeof headline === 'string' && headline.trim() !== '' ? headline.trim() : undefined;
}

export function jsonLdAuthors(article: JsonObject | undefined): string | undefined {
  const authors = [article?.['author']].flat();
  const names = authors
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as JsonObject)['name'] : undefined))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map((n) => n.trim());
  return names.length > 0 ? names.join(', ') : undefined;
}

export function jsonLdPublished(article: JsonObject | undefined): unknown {
  return article?.['datePublished'];
}

/** A byline as shown on the page, or nothing when it is really a date or a reading-time label. */
export function cleanByline(byline: string | null | undefined): string | undefined {
  const cleaned = byline?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  if (!cleaned || cleaned.length > 100 || /\d/.test(cleaned)) return undefined;
  return cleaned;
}

/** ISO-8601 (UTC) of a page date; a date-time without a zone is read as UTC, not the machine's zone. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const trimmed = value.trim();
  const zoned = /[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(trimmed) ? `${trimmed}Z` : trimmed;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

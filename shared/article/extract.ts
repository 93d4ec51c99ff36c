import { Readability } from '@mozilla/readability';
import { stripScrapeArtefacts } from './clean-text.js';
import { htmlToText, nodeToText, parseHtmlDocument, type TextSourceNode } from './html-to-text.js';

export interface ExtractedArticle {
  title?: string;
  byline?: string;
  /** Paragraphs joined by "\n\n"; '' when nothing article-like was found. */
  text: string;
  /** ISO-8601 (UTC); a date the page gives without a zone is read as UTC. */
  publishedAt?: string;
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** The DOM this module touches; described structurally because the project compiles without the DOM lib. */
interface DomElement extends TextSourceNode {
  id: string;
  className: string;
  tagName: string;
  textContent: string | null;
  isConnected: boolean;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): DomElement | null;
  remove(): void;
}
interface DomDocument {
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report/;
/** Words in an id or class name that mark consent banners: never article text, however long. */
const CONSENT_NAME = /onetrust|cookie|consent|gdpr|^cmp/i;
/**
 * Words in an id or class name that mark sign-up boxes, share bars, captions, related-story promos
 * and screen-reader-only text. Such furniture is short, so a long element with one of these names is
 * more likely a publisher's odd name for the article (a "subscriber-content" wrapper) and is kept.
 */
const FURNITURE_NAME =
  /newsletter|sign-?up|subscribe(?!r)|social-share|share-?bar|caption|credit|related|read-?next|recommend|sr-only|visually-?hidden|screen-?reader/i;
const MAX_FURNITURE_WORDS = 150;
/** Inline styles that hide text from sighted readers (the "visually hidden" clip pattern). */
const HIDDEN_STYLE = /clip:\s*rect\(0|clip-path:\s*inset\(50%\)/i;
/** Third-party embeds (quoted posts) and captions: not the publisher's running text. */
const NON_TEXT_SELECTOR = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, figcaption';
/** Containers that may hold the article itself: a boilerplate-looking name must not remove them. */
const ARTICLE_CONTAINER_SELECTOR = 'article, main, [itemprop="articleBody"]';
/**
 * JSON-LD replaces Readability's text only when it is this much longer: publishers often ship a
 * teaser there, while a much fuller copy means Readability kept one chunk of a split body.
 */
const JSON_LD_PREFERENCE_RATIO = 1.25;
/** Fewer words than this is a stub, paywall or navigation page, not an article. */
const MIN_ARTICLE_WORDS = 25;
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

/** JSON-LD `articleBody` as paragraphs: HTML is converted, plain text is split on its line breaks. */
function jsonLdBody(article: JsonObject | undefined): string {
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

function jsonLdAuthors(article: JsonObject | undefined): string | undefined {
  const authors = [article?.['author']].flat();
  const names = authors
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? (a as JsonObject)['name'] : undefined))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map((n) => n.trim());
  return names.length > 0 ? names.join(', ') : undefined;
}

/** A byline as shown on the page, or nothing when it is really a date or a reading-time label. */
function cleanByline(byline: string | null | undefined): string | undefined {
  const cleaned = byline?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  if (!cleaned || cleaned.length > 100 || /\d/.test(cleaned)) return undefined;
  return cleaned;
}

function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const trimmed = value.trim();
  // A date-time without a zone would otherwise be read in the machine's local zone.
  const zoned = /[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(trimmed) ? `${trimmed}Z` : trimmed;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function looksLikeBoilerplate(element: DomElement): boolean {
  const names = `${element.id} ${element.className}`.split(/\s+/);
  if (names.some((name) => CONSENT_NAME.test(name))) return true;
  const furniture = names.some((name) => FURNITURE_NAME.test(name)) || HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
  return furniture && wordCount(element.textContent ?? '') <= MAX_FURNITURE_WORDS;
}

function mayHoldArticle(element: DomElement): boolean {
  return ['BODY', 'HTML', 'ARTICLE', 'MAIN'].includes(element.tagName) || element.querySelector(ARTICLE_CONTAINER_SELECTOR) !== null;
}

function removeBoilerplate(document: DomDocument): void {
  for (const element of [...document.querySelectorAll('[id], [class], [style]')]) {
    if (element.isConnected && looksLikeBoilerplate(element) && !mayHoldArticle(element)) element.remove();
  }
  for (const element of [...document.querySelectorAll(NON_TEXT_SELECTOR)]) element.remove();
}

/**
 * The main text and metadata of an article page. Boilerplate is removed first, Readability picks
 * the content, and the page's JSON-LD `articleBody` replaces it when clearly fuller (bodies split
 * into chunks that Readability does not join). Scrape artefacts are stripped from the result.
 * Returns `text: ''` when nothing article-like is found, so the caller can fall back to the summary.
 *
 * @example
 *   const { title, text } = extractArticle(html, 'https://example.com/news/1');
 */
export function extractArticle(html: string, url: string): ExtractedArticle {
  const document = parseHtmlDocument(html) as DomDocument;
  const declared = jsonLdArticle(document, url);
  const metaDate = document.querySelector(DATE_META_SELECTOR)?.getAttribute('content');
  removeBoilerplate(document);
  const parsed = new Readability<TextSourceNode>(document as unknown as ReadabilityDocument, {
    serializer: (node) => node as unknown as TextSourceNode,
  }).parse();

  const readableText = parsed?.content ? nodeToText(parsed.content) : '';
  const declaredText = jsonLdBody(declared);
  const chosen = wordCount(declaredText) > JSON_LD_PREFERENCE_RATIO * wordCount(readableText) ? declaredText : readableText;
  const text = stripScrapeArtefacts(chosen);
  const title = parsed?.title?.trim() || (typeof declared?.['headline'] === 'string' ? declared['headline'].trim() : '');
  return {
    text: wordCount(text) < MIN_ARTICLE_WORDS ? '' : text,
    title: title || undefined,
    byline: jsonLdAuthors(declared) ?? cleanByline(parsed?.byline),
    publishedAt: toIsoDate(declared?.['datePublished']) ?? toIsoDate(parsed?.publishedTime) ?? toIsoDate(metaDate),
  };
}

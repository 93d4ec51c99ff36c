import { Readability } from '@mozilla/readability';
import { stripScrapeArtefacts, trimPageFurniture } from './clean-text.js';
import { nodeToText, streamHtmlToText, type TextSourceNode } from './html-to-text.js';
import {
  neutraliseHiddenClasses,
  removeBoilerplate,
  removeLinkLists,
  revealNoscriptBody,
  unwrapParagraphWrappers,
  wordCount,
} from './page-cleanup.js';
import { fromHtmlElement, measureDom, parseHtmlDocument, stripInertMarkup, type DomElement, type DomLimits } from './page-dom.js';
import { findProseContainer, proseWordsUnder } from './prose-container.js';
import {
  cleanByline,
  jsonLdAuthors,
  jsonLdBody,
  jsonLdHeadline,
  jsonLdPublished,
  readPageMetadata,
  toIsoDate,
} from './page-metadata.js';

export interface ExtractedArticle {
  title?: string;
  byline?: string;
  /** Paragraphs joined by "\n\n"; '' when nothing article-like was found. */
  text: string;
  /** ISO-8601 (UTC); a date the page gives without a zone is read as UTC. */
  publishedAt?: string;
  /** The page gave only a short text (a lead above a paywall, a brief): kept, and marked as such. */
  stub?: true;
  /**
   * The text was read plainly, without choosing the article part: the page passed `PAGE_LIMITS`, or
   * its article could not be found in the DOM.
   */
  degraded?: true;
}

/**
 * Work bounds for full extraction. Past any of them a page is read as plain text instead (linear,
 * see `streamHtmlToText`), so a hostile page costs a bounded amount of time and memory rather than
 * the time Readability's scoring takes on very large or very deep documents (it grows with the
 * element count, and faster than linearly with depth). The article pages in the team kit stay well
 * inside them: at most ~3,100 elements, depth 26, ancestry 43,000, 1.7 MB before scripts are cut.
 */
export const PAGE_LIMITS = {
  /** Characters of markup left once scripts, styles, SVG and comments are cut; a plain reading stops here too. */
  maxChars: 2_000_000,
  maxElements: 10_000,
  maxDepth: 128,
  /** Sum of every element's depth: what passes over each element's ancestors or subtree cost. */
  maxAncestry: 400_000,
} as const satisfies DomLimits & { maxChars: number };

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/**
 * JSON-LD replaces Readability's text only when it is this much longer: publishers often ship a
 * teaser there, while a much fuller copy means Readability kept one chunk of a split body.
 */
const JSON_LD_PREFERENCE_RATIO = 1.25;
/**
 * Readability's pick is replaced by the block with the most running prose when it holds less than
 * this share of that block's prose: it then chose a table, a list or a box over the story.
 */
const PROSE_SHARE_TO_KEEP = 0.5;
/** Fewer words than this is a stub: a lead above a paywall, a brief, or no article at all. */
const MIN_ARTICLE_WORDS = 25;
/** A stub is kept only when it has a sentence at least this long; a menu or a "Subscribe" line is not one. */
const MIN_STUB_SENTENCE_WORDS = 10;

/** Elements a plainly read page skips: page chrome that is never the article. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'FIGCAPTION']);
const CHROME_NAME = /cookie|consent|newsletter|related|share|comment|promo|footer|header|menu|nav/i;

function isChrome(name: string, attributes: Readonly<Record<string, string>>): boolean {
  return CHROME.has(name) || CHROME_NAME.test(`${attributes['id'] ?? ''} ${attributes['class'] ?? ''}`);
}

/** The final text of a page: artefacts and page furniture trimmed, stubs marked, non-articles emptied. */
function finish(text: string, authors: readonly string[]): Pick<ExtractedArticle, 'text' | 'stub'> {
  const trimmed = trimPageFurniture(stripScrapeArtefacts(text), authors);
  if (wordCount(trimmed) >= MIN_ARTICLE_WORDS) return { text: trimmed };
  const hasSentence = trimmed.split('\n').some((line) => /[.!?]["'”’)]?$/.test(line.trim()) && wordCount(line) >= MIN_STUB_SENTENCE_WORDS);
  return hasSentence ? { text: trimmed, stub: true } : { text: '' };
}

/** The fallback for pages past `PAGE_LIMITS` or that the DOM parser misreads: linear, and capped at `maxChars`. */
function readPlainly(page: string): ExtractedArticle {
  return { ...finish(streamHtmlToText(page.slice(0, PAGE_LIMITS.maxChars), isChrome), []), degraded: true };
}

/** Whether the markup has more start tags than `limit`: the element count a parse would build, known without building it. */
function hasMoreStartTagsThan(page: string, limit: number): boolean {
  let count = 0;
  for (let at = page.indexOf('<'); at !== -1; at = page.indexOf('<', at + 1)) {
    const next = page.charCodeAt(at + 1) | 0x20;
    if (next >= 0x61 && next <= 0x7a && ++count > limit) return true;
  }
  return false;
}

const authorNames = (byline: string | undefined) => (byline ?? '').split(/\s*(?:,|\band\b|&)\s*/).filter((name) => name.trim() !== '');

/**
 * The main text and metadata of an article page. Inert markup is cut and page furniture removed
 * first; Readability picks the content from what is left; the page's JSON-LD `articleBody` replaces
 * it when clearly fuller (bodies split into chunks that Readability does not join); head and tail
 * furniture (bylines, credits, sign-up prompts) is trimmed from the result, which is NFC text.
 * A short text is kept and marked `stub`; `text: ''` means nothing article-like was found, so the
 * caller can fall back to the summary.
 *
 * Bounded: pages past `PAGE_LIMITS` are read plainly (marked `degraded`) instead of scored.
 *
 * @example
 *   const { title, text } = extractArticle(html, 'https://example.com/news/1');
 */
export function extractArticle(html: string, url: string): ExtractedArticle {
  const page = fromHtmlElement(stripInertMarkup(html));
  if (page.length > PAGE_LIMITS.maxChars || hasMoreStartTagsThan(page, PAGE_LIMITS.maxElements)) return readPlainly(page);
  const document = parseHtmlDocument(page);
  if (document.documentElement === null || document.body === null) return readPlainly(page);
  if (!measureDom(document.documentElement, PAGE_LIMITS).withinLimits) return readPlainly(page);
  // A body the parser left empty while the markup has words: a second reading, without the DOM.
  if (wordCount(document.body.textContent ?? '') === 0) return readPlainly(page);

  const metadata = readPageMetadata(document, url);
  revealNoscriptBody(document);
  removeBoilerplate(document);
  removeLinkLists(document);
  neutraliseHiddenClasses(document);
  unwrapParagraphWrappers(document);
  const prose = findProseContainer(document);
  const parsed = new Readability<TextSourceNode>(document as unknown as ReadabilityDocument, {
    serializer: (node) => node as unknown as TextSourceNode,
    maxElemsToParse: PAGE_LIMITS.maxElements,
  }).parse();

  const content = parsed?.content as unknown as DomElement | undefined;
  let readableText = content ? nodeToText(content) : '';
  const readableProse = content ? proseWordsUnder(content) : 0;
  if (prose !== undefined && readableProse < PROSE_SHARE_TO_KEEP * prose.proseWords) readableText = prose.text;
  const declaredText = jsonLdBody(metadata.article);
  const chosen = wordCount(declaredText) > JSON_LD_PREFERENCE_RATIO * wordCount(readableText) ? declaredText : readableText;
  const byline = jsonLdAuthors(metadata.article) ?? cleanByline(parsed?.byline);
  let body = finish(chosen, authorNames(byline));
  if (body.text === '') {
    // Nothing article-like was found: a plain reading of the page is kept when it is a whole article.
    const plain = readPlainly(page);
    if (plain.text !== '' && !plain.stub) body = plain;
  }
  return {
    ...body,
    title: parsed?.title?.trim() || jsonLdHeadline(metadata.article),
    byline,
    publishedAt: toIsoDate(jsonLdPublished(metadata.article)) ?? toIsoDate(parsed?.publishedTime) ?? toIsoDate(metadata.metaDate),
  };
}

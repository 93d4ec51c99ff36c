import type { DomDocument, DomElement, DomNode } from './page-dom.js';

/*
 * Page preparation before Readability scores the content. Each step removes or reshapes markup
 * that misleads a text-density scorer, and each is linear in the page, or in the sum of the
 * subtrees it inspects, which the caller bounds before calling (see `measureDom`).
 */

/** Words in an id or class name that mark consent banners: never article text, however long. */
const CONSENT_NAME = /onetrust|cookie|consent|gdpr|^cmp/i;
/**
 * Words in an id or class name that mark sign-up boxes, share bars, captions, related-story promos,
 * author bios and screen-reader-only text. Such furniture is short, so a long element with one of
 * these names is more likely a publisher's odd name for the article (a "subscriber-content" wrapper)
 * and is kept.
 */
const FURNITURE_NAME =
  /newsletter|sign-?up|subscribe(?!r)|social-share|share-?bar|related|read-?next|recommend|sr-only|visually-?hidden|screen-?reader|no-?js|paywall|author[-_]*(?:bio|info|box|card|detail|profile|desc)|about[-_]*(?:the[-_]*)?author/i;
/** Photo captions and credits: furniture too, unless the page tells its story in captions. */
const CAPTION_NAME = /caption|credit/i;
const MAX_FURNITURE_WORDS = 150;
/** Boxes that sit beside the story (fact boxes, pull quotes that repeat it): removed at any length. */
const SUPPLEMENT_NAME = /fact-?box|info-?box|pull-?quote/i;
/** Inline styles that hide text from sighted readers (the "visually hidden" clip pattern). */
const HIDDEN_STYLE = /clip:\s*rect\(0|clip-path:\s*inset\(50%\)/i;
/** Third-party embeds (quoted posts): not the publisher's running text. */
const EMBED_SELECTOR = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed';
/** Containers that may hold the article itself: a boilerplate-looking name must not remove them. */
const ARTICLE_CONTAINER_SELECTOR = 'article, main, [itemprop="articleBody"]';
/** A list whose text is mostly link text is navigation, a table of contents or a related-links box. */
const MAX_LIST_LINK_DENSITY = 0.75;
/**
 * Class names that say "hidden" describe a script's toggle state (the next slide, a collapsed
 * section), not boilerplate; Readability scores them down, which drops later sections of a post.
 */
const HIDDEN_CLASS_TOKEN = /hidden|^hid$|^hide$/i;

export const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

function nameTokens(element: DomElement): string[] {
  return `${element.id} ${element.className}`.split(/\s+/).filter(Boolean);
}

function looksLikeBoilerplate(element: DomElement, keepCaptions: boolean): boolean {
  const names = nameTokens(element);
  if (names.some((name) => CONSENT_NAME.test(name) || SUPPLEMENT_NAME.test(name))) return true;
  const furniture =
    names.some((name) => FURNITURE_NAME.test(name) || (!keepCaptions && CAPTION_NAME.test(name))) ||
    HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
  return furniture && wordCount(element.textContent ?? '') <= MAX_FURNITURE_WORDS;
}

function mayHoldArticle(element: DomElement): boolean {
  return ['BODY', 'HTML', 'ARTICLE', 'MAIN'].includes(element.tagName) || element.querySelector(ARTICLE_CONTAINER_SELECTOR) !== null;
}

/**
 * Removes consent banners, named furniture, fact boxes and embedded third-party posts, and photo
 * captions unless the page tells its story in them (a gallery: more caption words than paragraph words).
 */
export function removeBoilerplate(document: DomDocument): void {
  const keepCaptions = captionsCarryStory(document);
  for (const element of [...document.querySelectorAll('[id], [class], [style]')]) {
    if (element.isConnected && looksLikeBoilerplate(element, keepCaptions) && !mayHoldArticle(element)) element.remove();
  }
  for (const element of [...document.querySelectorAll(keepCaptions ? EMBED_SELECTOR : `${EMBED_SELECTOR}, figcaption`)]) element.remove();
}

function linkDensity(element: DomElement): number {
  const length = (element.textContent ?? '').replace(/\s+/g, '').length;
  if (length === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += (link.textContent ?? '').replace(/\s+/g, '').length;
  return linked / length;
}

/**
 * Removes lists made mostly of links (menus, tables of contents, "more stories"). Readability
 * spares lists from its link-density check, so such a list can otherwise stay inside the article.
 */
export function removeLinkLists(document: DomDocument): void {
  for (const list of [...document.querySelectorAll('ul, ol')]) {
    if (list.isConnected && linkDensity(list) > MAX_LIST_LINK_DENSITY) list.remove();
  }
}

/** Drops "hidden"-looking class tokens from elements the page does not actually hide. */
export function neutraliseHiddenClasses(document: DomDocument): void {
  for (const element of document.querySelectorAll('[class]')) {
    const tokens = element.className.split(/\s+/).filter(Boolean);
    if (!tokens.some((token) => HIDDEN_CLASS_TOKEN.test(token))) continue;
    if (element.hasAttribute('hidden') || /display:\s*none/i.test(element.getAttribute('style') ?? '')) continue;
    element.setAttribute('class', tokens.filter((token) => !HIDDEN_CLASS_TOKEN.test(token)).join(' '));
  }
}

function hasOwnText(element: DomElement): boolean {
  for (let node: DomNode | null = element.firstChild as DomNode | null; node !== null; node = node.nextSibling as DomNode | null) {
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return true;
  }
  return false;
}

/**
 * Replaces a `<div>` that only wraps one paragraph with the paragraph. Sites that wrap every
 * paragraph in its own block (`<div class="text-block"><p>…</p></div>`) otherwise lose each
 * paragraph that carries a link to Readability's link-density cleaning of small blocks.
 * Innermost wrappers go first, so a chain of wrappers collapses to the paragraph.
 */
export function unwrapParagraphWrappers(document: DomDocument): void {
  for (const div of [...document.querySelectorAll('div')].reverse()) {
    if (div.children.length !== 1 || hasOwnText(div)) continue;
    const only = div.children[0]!;
    if (only.tagName === 'P') div.replaceWith(only);
  }
}

/**
 * Puts the content of `<noscript>` elements in their place when they hold more words than the live
 * page: a page rendered by script ships its article there for readers without script.
 */
export function revealNoscriptBody(document: DomDocument): void {
  const body = document.body;
  if (body === null) return;
  const noscripts = [...body.querySelectorAll('noscript')];
  if (noscripts.length === 0) return;
  const hiddenWords = noscripts.reduce((sum, element) => sum + wordCount(element.textContent ?? ''), 0);
  if (hiddenWords <= wordCount(body.textContent ?? '') - hiddenWords) return;
  for (const noscript of noscripts) {
    if (!noscript.isConnected) continue;
    const children: DomNode[] = [];
    for (let node = noscript.firstChild as DomNode | null; node !== null; node = node.nextSibling as DomNode | null) children.push(node);
    noscript.replaceWith(...children);
  }
}

function captionsCarryStory(document: DomDocument): boolean {
  let captionWords = 0;
  for (const caption of document.querySelectorAll('figcaption')) captionWords += wordCount(caption.textContent ?? '');
  if (captionWords === 0) return false;
  let paragraphWords = 0;
  for (const paragraph of document.querySelectorAll('p')) paragraphWords += wordCount(paragraph.textContent ?? '');
  return captionWords > paragraphWords;
}

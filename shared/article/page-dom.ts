import { parseHTML } from 'linkedom';
import type { TextSourceNode } from './html-to-text.js';

/*
 * The DOM this package touches, described structurally because the project compiles without the
 * DOM lib (linkedom's own typings lean on it).
 */
export interface DomNode extends TextSourceNode {
  parentNode: DomNode | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  id: string;
  className: string;
  tagName: string;
  isConnected: boolean;
  children: ArrayLike<DomElement>;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
  remove(): void;
  replaceWith(...nodes: DomNode[]): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): Iterable<DomElement>;
}

export interface DomSize {
  elements: number;
  maxDepth: number;
  /** Sum of every element's depth: the work of any pass that looks at each element's ancestors or subtree. */
  ancestry: number;
}

export interface DomLimits {
  maxElements: number;
  maxDepth: number;
  maxAncestry: number;
}

/**
 * Counts elements, the deepest nesting and the total ancestry under `root`, stopping as soon as a
 * limit is passed. Iterative (no recursion, so any depth is safe) and bounded by the limits
 * themselves: it visits at most `maxElements + 1` elements.
 */
export function measureDom(root: DomElement, limits: DomLimits): DomSize & { withinLimits: boolean } {
  const size: DomSize = { elements: 0, maxDepth: 0, ancestry: 0 };
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    size.elements++;
    size.ancestry += depth;
    if (depth > size.maxDepth) size.maxDepth = depth;
    if (size.elements > limits.maxElements || size.maxDepth > limits.maxDepth || size.ancestry > limits.maxAncestry) {
      return { ...size, withinLimits: false };
    }
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return { ...size, withinLimits: true };
}

const INERT_OPENING = /<(script|style|svg|template)\b|<!--/gi;
const JSON_LD = /application\/ld\+json/i;

/**
 * Cuts scripts (all but JSON-LD, which carries the article's metadata), styles, inline SVG, templates
 * and comments out of a page before it is parsed: on real pages they are most of the bytes and none
 * of the text. One forward scan, linear in the page: every search starts where the previous one
 * ended, and an element left open consumes the rest of the page, as a browser would read it.
 */
export function stripInertMarkup(html: string): string {
  const kept: string[] = [];
  let from = 0;
  INERT_OPENING.lastIndex = 0;
  for (let match = INERT_OPENING.exec(html); match !== null; match = INERT_OPENING.exec(html)) {
    const start = match.index;
    const tag = match[1]?.toLowerCase();
    let end: number;
    if (tag === undefined) {
      const close = html.indexOf('-->', start + 4);
      end = close === -1 ? html.length : close + 3;
    } else {
      const openEnd = html.indexOf('>', start);
      if (openEnd === -1) {
        end = html.length;
      } else if (tag === 'script' && JSON_LD.test(html.slice(start, openEnd))) {
        continue;
      } else {
        const closing = new RegExp(`</${tag}\\s*>`, 'gi');
        closing.lastIndex = openEnd + 1;
        const close = closing.exec(html);
        end = close === null ? html.length : close.index + close[0].length;
      }
    }
    kept.push(html.slice(from, start));
    from = end;
    INERT_OPENING.lastIndex = end;
  }
  kept.push(html.slice(from));
  return kept.join('');
}

/**
 * The page from its `<html>` tag on, when markup before the doctype (a stray `<meta>`, `<script>` or
 * `<link>`) would make the parser take that element for the whole document and leave the body empty.
 */
export function fromHtmlElement(html: string): string {
  const at = html.search(/<!doctype html|<html[\s>]/i);
  if (at <= 0) return html;
  return /<[a-z]/i.test(html.slice(0, at)) ? html.slice(at) : html;
}

/**
 * Parses a page or a fragment into a document that always has `<html>` and `<body>`. linkedom makes
 * the first element of a bare fragment (or nothing, for '') the document element, which Readability
 * and `body` lookups do not expect.
 */
export function parseHtmlDocument(html: string): DomDocument {
  const isDocument = /<html[\s>]/i.test(html);
  return parseHTML(isDocument ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document as unknown as DomDocument;
}

import { parseHTML } from 'linkedom';

/**
 * The slice of the DOM this module reads. The project compiles without the DOM lib and linkedom's
 * own typings lean on it, so nodes are described structurally here.
 */
export interface TextSourceNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextSourceNode>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements whose content is never reading text. */
const SKIPPED = new Set([
  'HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'AUDIO', 'VIDEO', 'SELECT', 'BUTTON', 'TEXTAREA', 'LINK', 'META',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL',
]);

/** Table cells sit side by side: a separator, not a paragraph break. */
const CELLS = new Set(['TD', 'TH']);

const PARAGRAPH_BREAK = '\n\n';
/** Invisible characters that split or glue words in scraped HTML (soft hyphen, zero-width marks, BOM). */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

function appendText(node: TextSourceNode, inPre: boolean, out: string[]): void {
  const raw = (node.nodeValue ?? '').replace(INVISIBLE, '');
  out.push(inPre ? raw.replace(/\r\n?/g, '\n') : raw.replace(/\s+/g, ' '));
}

function walk(node: TextSourceNode, inPre: boolean, out: string[]): void {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    appendText(node, inPre, out);
    return;
  }
  const name = node.nodeName.toUpperCase();
  if (node.nodeType === ELEMENT_NODE) {
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      out.push('\n');
      return;
    }
  }
  const block = BLOCKS.has(name);
  if (block) out.push(PARAGRAPH_BREAK);
  else if (CELLS.has(name)) out.push(' ');
  const childInPre = inPre || name === 'PRE';
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, childInPre, out);
  if (block) out.push(PARAGRAPH_BREAK);
}

/** Trims every line, and turns any run of blank lines into one paragraph break. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, PARAGRAPH_BREAK)
    .trim();
}

/** Plain text of a DOM subtree: block elements become paragraphs separated by "\n\n", `<br>` a line break. */
export function nodeToText(node: TextSourceNode): string {
  const out: string[] = [];
  walk(node, false, out);
  return tidy(out.join(''));
}

/**
 * Parses a page or a fragment into a document that always has `<html>` and `<body>`. linkedom makes
 * the first element of a bare fragment (or nothing, for '') the document element, which Readability
 * and `body` lookups do not expect.
 */
export function parseHtmlDocument(html: string): unknown {
  const isDocument = /<html[\s>]/i.test(html);
  return parseHTML(isDocument ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

/**
 * Readable plain text of an HTML fragment or document (e.g. a feed entry's `content:encoded`):
 * paragraphs separated by "\n\n", entities decoded, scripts, styles and other non-text elements dropped.
 *
 * @example
 *   htmlToText('<p>Sanctions &amp; tariffs</p><p>Second</p>') // 'Sanctions & tariffs\n\nSecond'
 */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return tidy(html.replace(/\r\n?/g, '\n'));
  return nodeToText(parseHtmlDocument(html) as TextSourceNode);
}

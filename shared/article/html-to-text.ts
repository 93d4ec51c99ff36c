import { Parser } from 'htmlparser2';

/*
 * Text from HTML without a DOM library: feed bodies and API bodies need only the tokenizer, so the
 * handlers that read them carry no DOM (linkedom) or Readability. Building a DOM is `page-dom.ts`'s
 * job, for article extraction alone.
 */

/**
 * The slice of the DOM this module reads. The project compiles without the DOM lib and linkedom's
 * own typings lean on it, so nodes are described structurally here.
 */
export interface TextSourceNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: TextSourceNode | null;
  nextSibling: TextSourceNode | null;
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

/**
 * Collects reading text from a stream of open, text and close events, whichever walker produces
 * them. Work is constant per event, so text extraction stays linear in the size of the input.
 */
class TextCollector {
  private readonly out: string[] = [];
  /** Open elements inside a skipped subtree (0: not skipping). */
  private skipDepth = 0;
  private preDepth = 0;

  constructor(private readonly skip: (name: string, attributes: Readonly<Record<string, string>>) => boolean) {}

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    if (this.skipDepth > 0 || SKIPPED.has(name) || this.skip(name, attributes)) {
      this.skipDepth++;
      return;
    }
    if (name === 'BR') this.out.push('\n');
    else if (BLOCKS.has(name)) this.out.push(PARAGRAPH_BREAK);
    else if (CELLS.has(name)) this.out.push(' ');
    if (name === 'PRE') this.preDepth++;
  }

  close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    if (BLOCKS.has(name)) this.out.push(PARAGRAPH_BREAK);
    if (name === 'PRE') this.preDepth--;
  }

  text(value: string): void {
    if (this.skipDepth > 0) return;
    const raw = value.replace(INVISIBLE, '');
    this.out.push(this.preDepth > 0 ? raw.replace(/\r\n?/g, '\n') : raw.replace(/\s+/g, ' '));
  }

  result(): string {
    return tidy(this.out.join(''));
  }
}

/** Trims every line, turns any run of blank lines into one paragraph break, and composes characters (NFC). */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, PARAGRAPH_BREAK)
    .trim()
    .normalize('NFC');
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = {};
const skipNothing = () => false;

/**
 * Plain text of a DOM subtree: block elements become paragraphs separated by "\n\n", `<br>` a line break.
 * Bounded: one iterative visit per node (no recursion, so any nesting depth is safe), linear in the
 * subtree's size. `skip` drops whole elements (attributes are not read from the DOM here).
 */
export function nodeToText(node: TextSourceNode, skip: (name: string) => boolean = skipNothing): string {
  const collector = new TextCollector((name) => skip(name));
  // Each stack entry is a node to enter, or (as a string) the name of an element to close.
  const stack: (TextSourceNode | string)[] = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      collector.close(item);
      continue;
    }
    if (item.nodeType === TEXT_NODE || item.nodeType === CDATA_SECTION_NODE) {
      collector.text(item.nodeValue ?? '');
      continue;
    }
    const name = item.nodeName.toUpperCase();
    const isElement = item.nodeType === ELEMENT_NODE;
    if (isElement) {
      collector.open(name, NO_ATTRIBUTES);
      stack.push(name);
    }
    const children: TextSourceNode[] = [];
    for (let child = item.firstChild; child !== null; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return collector.result();
}

/**
 * Streams HTML through a tokenizer (no DOM is built) into reading text. Linear in the input: the
 * tokenizer emits each open, text and close event once, and the collector does constant work per
 * event. `skip` drops an element and everything in it, judged on its upper-case name and attributes.
 */
export function streamHtmlToText(
  html: string,
  skip: (name: string, attributes: Readonly<Record<string, string>>) => boolean = skipNothing,
): string {
  const collector = new TextCollector(skip);
  const parser = new Parser({
    onopentag: (name, attributes) => collector.open(name.toUpperCase(), attributes),
    onclosetag: (name) => collector.close(name.toUpperCase()),
    ontext: (text) => collector.text(text),
  });
  parser.end(html);
  return collector.result();
}

/**
 * Readable plain text of an HTML fragment or document (e.g. a feed entry's `content:encoded`):
 * paragraphs separated by "\n\n", entities decoded, scripts, styles and other non-text elements dropped.
 * Linear in the input and safe at any nesting depth (see `streamHtmlToText`).
 *
 * @example
 *   htmlToText('<p>Sanctions &amp; tariffs</p><p>Second</p>') // 'Sanctions & tariffs\n\nSecond'
 */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return tidy(html.replace(/\r\n?/g, '\n'));
  return streamHtmlToText(html);
}

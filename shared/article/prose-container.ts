import { nodeToText } from './html-to-text.js';
import { wordCount } from './page-cleanup.js';
import type { DomDocument, DomElement, DomNode } from './page-dom.js';

/*
 * A second opinion on where the story is, by text density alone: the block holding the most
 * running prose. Readability scores table cells, converted <div>s and class names too, so a data
 * table, a reference list or a long disclosure box can outscore the story; counting only sentences
 * in paragraphs that are not mostly links (as jusText and trafilatura judge blocks) cannot be fooled
 * that way.
 */

/** A paragraph shorter than this is a label, a caption or a teaser, not running prose. */
const MIN_PROSE_PARAGRAPH_WORDS = 12;
/** A paragraph whose text is more than this share links is navigation. */
const MAX_PROSE_LINK_DENSITY = 0.3;
/**
 * The grandparent is taken over the parent when it holds this much more prose: the story then runs
 * on in sibling sections (multi-part posts, galleries) rather than in one block.
 */
const SIBLING_SECTIONS_GAIN = 1.3;

export interface ProseContainer {
  text: string;
  /** Words in the container's prose paragraphs. */
  proseWords: number;
}

const SENTENCE_END = /[.!?…]["'”’)\]]?$/;

const ENTRY_CONTAINERS = new Set(['LI', 'TD', 'TH', 'DD', 'DT']);

/** Whether an ancestor makes the paragraph an entry (of a list or a table) rather than running prose. */
function isEntry(paragraph: DomElement): boolean {
  for (let node = paragraph.parentNode; node !== null; node = node.parentNode) {
    if (ENTRY_CONTAINERS.has(node.nodeName.toUpperCase())) return true;
  }
  return false;
}

/** Characters of text inside links under `root`, by one walk of its subtree. */
function linkedChars(root: DomNode): number {
  let chars = 0;
  const stack: [DomNode, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, inLink] = stack.pop()!;
    if (node.nodeType === 3) {
      if (inLink) chars += (node.nodeValue ?? '').length;
      continue;
    }
    const isLink = inLink || node.nodeName.toUpperCase() === 'A';
    for (let child = node.firstChild as DomNode | null; child !== null; child = child.nextSibling as DomNode | null) stack.push([child, isLink]);
  }
  return chars;
}

function proseWordsOf(paragraph: DomElement): number {
  const text = (paragraph.textContent ?? '').trim();
  const words = wordCount(text);
  if (words < MIN_PROSE_PARAGRAPH_WORDS || !SENTENCE_END.test(text) || isEntry(paragraph)) return 0;
  return linkedChars(paragraph) / text.length > MAX_PROSE_LINK_DENSITY ? 0 : words;
}

/** Words of running prose in the paragraphs under `root`: the measure `findProseContainer` ranks blocks by. */
export function proseWordsUnder(root: DomElement): number {
  let words = 0;
  for (const paragraph of root.querySelectorAll('p')) words += proseWordsOf(paragraph);
  return words;
}

/**
 * The element whose paragraphs hold the most running prose, with its text, read before Readability
 * rearranges the page. Linear in the paragraphs and their links (each is read once).
 */
export function findProseContainer(document: DomDocument): ProseContainer | undefined {
  const byParent = new Map<DomElement, number>();
  for (const paragraph of document.querySelectorAll('p')) {
    const words = proseWordsOf(paragraph);
    const parent = paragraph.parentNode as DomElement | null;
    if (words > 0 && parent !== null) byParent.set(parent, (byParent.get(parent) ?? 0) + words);
  }
  let best: DomElement | undefined;
  let bestWords = 0;
  for (const [parent, words] of byParent) {
    if (words > bestWords) [best, bestWords] = [parent, words];
  }
  if (best === undefined) return undefined;
  const grandparent = best.parentNode as DomElement | null;
  if (grandparent !== null && grandparent.tagName !== 'BODY' && grandparent.tagName !== 'HTML') {
    let siblingsWords = byParent.get(grandparent) ?? 0;
    for (let child = grandparent.firstElementChild; child !== null; child = child.nextElementSibling) siblingsWords += byParent.get(child) ?? 0;
    if (siblingsWords >= SIBLING_SECTIONS_GAIN * bestWords) [best, bestWords] = [grandparent, siblingsWords];
  }
  return { text: nodeToText(best), proseWords: bestWords };
}

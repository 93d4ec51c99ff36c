import { KeywordLists } from './keywords.js';
import { wordStartHeads } from './regex-heads.js';
import { WordStarts, type WordHits } from './word-starts.js';
import { ANCHOR_STEMS, LEXICON } from './lexicon/index.js';
import { trieRegex } from './trie-regex.js';
import type { LexiconRule } from './lexicon/types.js';
import { normalise } from './normalise.js';
import { sentenceAround, type SentenceBounds } from './sentence.js';

/** A rule match before refinement: offsets into the (normalised, same-length) text. */
export interface Candidate {
  rule: LexiconRule;
  /** Position of the rule in the lexicon: lower wins overlaps. */
  priority: number;
  trigger: { start: number; end: number };
  sentence: SentenceBounds;
}

const ANCHOR_TRIE = trieRegex(ANCHOR_STEMS, true);
/**
 * A trie of literal stems (V8 scans that several times faster than a flat alternation) after
 * one character that is not an ASCII letter, so only word starts match. Consuming that character
 * measured ~1.4x faster than a `(?<![a-z])` lookbehind and ~1.4x faster than checking word starts
 * by hand on every hit; with `i`, `[^a-z]` excludes exactly the ASCII letters, like the lookbehind.
 */
const ANCHOR_AFTER_NON_LETTER = new RegExp(`[^a-z](?:${ANCHOR_TRIE})`, 'gi');
/** The text's first word has no character before it to consume. */
const ANCHOR_AT_START = new RegExp(`(?:${ANCHOR_TRIE})`, 'iy');

/** The first offset at or after `from` where an anchor stem starts a word, or -1. */
function nextAnchor(text: string, from: number): number {
  if (from === 0) {
    ANCHOR_AT_START.lastIndex = 0;
    if (ANCHOR_AT_START.test(text)) return 0;
  }
  ANCHOR_AFTER_NON_LETTER.lastIndex = Math.max(0, from - 1);
  const m = ANCHOR_AFTER_NON_LETTER.exec(text);
  return m === null ? -1 : m.index + 1;
}

/** Every keyword and pattern head, by id: one scan of a sentence finds them all. */
const HEADS: string[] = [];
const HEAD_IDS = new Map<string, number>();
const headId = (head: string): number => {
  let id = HEAD_IDS.get(head);
  if (id === undefined) HEAD_IDS.set(head, (id = HEADS.push(head) - 1));
  return id;
};

/** Rules sharing one keyword list (the force nouns) share its slot: each list is looked for once per sentence. */
const LISTS: (readonly string[])[] = [];
for (const rule of LEXICON) if (!LISTS.includes(rule.keywords)) LISTS.push(rule.keywords);
export const KEYWORD_LISTS = new KeywordLists(LISTS, headId);

/**
 * One regex per rule, not one for the whole lexicon: V8 compiles small regexes to machine code
 * but interprets very large ones, which measured ~300x slower here. Where every alternative of a
 * rule opens with `\b` and a literal head, the regex is tried only where a head starts a word
 * (sticky): it can match nowhere else, and scanning each flagged sentence with every rule's
 * regex cost as much as the first pass over the whole article.
 */
const RULES = LEXICON.map((rule, priority) => {
  const source = rule.patterns.join('|');
  const heads = wordStartHeads(source);
  const headSet = new Set(heads?.map(headId));
  return {
    rule,
    priority,
    list: LISTS.indexOf(rule.keywords),
    anchored: heads ? { heads: headSet, sticky: new RegExp(source, 'iy') } : undefined,
    pattern: heads ? undefined : new RegExp(source, 'gi'),
  };
});
const SENTENCE_SCAN = new WordStarts(HEADS);

/** Number of rules whose patterns are scanned in full; the detect test keeps it at zero. */
export const unanchoredRuleCount = (): number => RULES.filter((r) => r.pattern).length;

type CompiledRule = (typeof RULES)[number];

/** Rule matches in one sentence, trying only rules whose keywords it contains. */
function matchSentence(text: string, sentence: SentenceBounds, out: Candidate[]): void {
  const body = normalise(text.slice(sentence.start, sentence.end));
  const hits = SENTENCE_SCAN.findAll(body);
  const present = new Array<boolean>(LISTS.length).fill(false);
  KEYWORD_LISTS.markPresent(body, hits, present);
  for (const compiled of RULES) {
    if (!present[compiled.list]) continue;
    if (compiled.anchored) matchAnchored(body, hits, compiled, compiled.anchored, sentence, out);
    else if (compiled.pattern) matchScanning(body, compiled, compiled.pattern, sentence, out);
  }
}

const push = (out: Candidate[], c: CompiledRule, sentence: SentenceBounds, index: number, length: number): void => {
  const start = sentence.start + index;
  out.push({ rule: c.rule, priority: c.priority, trigger: { start, end: start + length }, sentence });
};

/** What a global `exec` loop finds, trying the sticky regex only at heads' offsets in order. */
function matchAnchored(
  body: string,
  hits: WordHits,
  c: CompiledRule,
  { heads, sticky }: { heads: ReadonlySet<number>; sticky: RegExp },
  sentence: SentenceBounds,
  out: Candidate[],
): void {
  let from = 0;
  for (let h = 0; h < hits.at.length; h++) {
    const at = hits.at[h] as number;
    if (at < from || !heads.has(hits.word[h] as number)) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(body);
    if (m === null) continue;
    if (m[0].length > 0) push(out, c, sentence, at, m[0].length);
    from = at + Math.max(1, m[0].length);
  }
}

function matchScanning(body: string, c: CompiledRule, pattern: RegExp, sentence: SentenceBounds, out: Candidate[]): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    push(out, c, sentence, m.index, m[0].length);
  }
}

/**
 * Rule matches in `text`, in text order, examining only sentences that contain an anchor.
 * Works on the raw text: sentences are normalised one by one, so an article with no anchor
 * costs one scan.
 */
export function detect(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (let at = nextAnchor(text, 0); at >= 0; ) {
    const sentence = sentenceAround(text, at);
    matchSentence(text, sentence, candidates);
    at = nextAnchor(text, Math.max(sentence.end, at + 1));
  }
  return candidates.sort((x, y) => x.trigger.start - y.trigger.start || x.priority - y.priority);
}

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

/**
 * A trie of literal stems and no leading `\b`: V8 scans that several times faster than a flat
 * alternation, and the word start is checked by hand on the rare hits.
 */
const ANCHORS = new RegExp(trieRegex(ANCHOR_STEMS, true), 'gi');

/**
 * One regex per rule, not one for the whole lexicon: V8 compiles small regexes to machine code
 * but interprets very large ones, which measured ~300x slower here.
 */
const KEYWORDS = new Map<readonly string[], RegExp>();
const RULES = LEXICON.map((rule, priority) => {
  let keywords = KEYWORDS.get(rule.keywords);
  if (!keywords) KEYWORDS.set(rule.keywords, (keywords = new RegExp(`(?<![a-z])(?:${rule.keywords.join('|')})`, 'i')));
  return { rule, priority, keywords, pattern: new RegExp(rule.patterns.join('|'), 'gi') };
});

const isWordStart = (text: string, at: number): boolean => at === 0 || !/[A-Za-z]/.test(text[at - 1] as string);

/** Rule matches in one sentence, trying only rules whose keywords it contains. */
function matchSentence(text: string, sentence: SentenceBounds, out: Candidate[]): void {
  const body = normalise(text.slice(sentence.start, sentence.end));
  // Many rules share one keyword list (the force nouns): test each list once per sentence.
  const present = new Map<RegExp, boolean>();
  for (const { rule, priority, keywords, pattern } of RULES) {
    let has = present.get(keywords);
    if (has === undefined) present.set(keywords, (has = keywords.test(body)));
    if (!has) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const start = sentence.start + m.index;
      out.push({ rule, priority, trigger: { start, end: start + m[0].length }, sentence });
    }
  }
}

/**
 * Rule matches in `text`, in text order, examining only sentences that contain an anchor.
 * Works on the raw text: sentences are normalised one by one, so an article with no anchor
 * costs one scan.
 */
export function detect(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  ANCHORS.lastIndex = 0;
  for (let a = ANCHORS.exec(text); a !== null; a = ANCHORS.exec(text)) {
    if (!isWordStart(text, a.index)) {
      ANCHORS.lastIndex = a.index + 1;
      continue;
    }
    const sentence = sentenceAround(text, a.index);
    matchSentence(text, sentence, candidates);
    ANCHORS.lastIndex = Math.max(sentence.end, a.index + 1);
  }
  return candidates.sort((x, y) => x.trigger.start - y.trigger.start || x.priority - y.priority);
}

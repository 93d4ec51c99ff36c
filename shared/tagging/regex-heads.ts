/**
 * Literal starts that every match of a regex source begins with, lowercased: "ban(?:s|ned)?\b" →
 * [ban], "\b(?:(?:re)?deploy|troops?)" → [redeploy, deploy, troop]. The tagger looks for these
 * with one scan per sentence and tries a regex only where one occurs, so they must be a
 * *necessary* condition: anything the analysis does not understand ends a head, and a source
 * whose heads would be shorter than two characters gets none (undefined) and is scanned in full.
 * Hand-written because regex parsers on npm (regjsparser, regexp-tree) give an AST but no
 * prefix analysis, which is the part that matters; the lexicon's sources use a small subset.
 */
export function literalHeads(source: string): string[] | undefined {
  const parsed = alternation(source, 0);
  if (!parsed || parsed.end !== source.length) return undefined;
  const heads = [...new Set(parsed.heads.map((h) => h.text.toLowerCase()))];
  if (!heads.every((h) => /^[a-z][\x20-\x7e]+$/.test(h))) return undefined;
  // "troop" already finds every "troops": the longer head adds nothing.
  return heads.filter((h) => !heads.some((other) => other !== h && h.startsWith(other)));
}

/**
 * Like `literalHeads`, but only for a source whose every alternative opens with `\b`: its matches
 * then start where a word starts, the only places the tagger's scan reports.
 */
export function wordStartHeads(source: string): string[] | undefined {
  const parsed = alternation(source, 0);
  return parsed?.boundaryFirst ? literalHeads(source) : undefined;
}

/** A possible start of a match; `complete` when it is the whole match of the part it came from. */
interface Head {
  text: string;
  complete: boolean;
}

/** Beyond this many heads per part the analysis stops extending them: they stay valid, only shorter. */
const MAX_HEADS = 64;
const QUANTIFIERS = new Set(['?', '*', '+', '{']);
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B']);

interface Parsed {
  heads: Head[];
  end: number;
  /** Every alternative opens with `\b`. */
  boundaryFirst: boolean;
}

function alternation(src: string, pos: number): Parsed | undefined {
  const heads: Head[] = [];
  let boundaryFirst = true;
  for (;;) {
    const seq = sequence(src, pos);
    if (!seq) return undefined;
    heads.push(...seq.heads);
    boundaryFirst &&= seq.boundaryFirst;
    if (src[seq.end] !== '|') return { heads, end: seq.end, boundaryFirst };
    pos = seq.end + 1;
  }
}

function sequence(src: string, pos: number): Parsed | undefined {
  const boundaryFirst = src.startsWith('\\b', pos);
  let heads: Head[] = [{ text: '', complete: true }];
  while (pos < src.length && src[pos] !== '|' && src[pos] !== ')') {
    const item = atom(src, pos);
    if (!item) return undefined;
    const quantified = quantify(src, item.end, item.heads);
    if (!quantified) return undefined;
    pos = quantified.end;
    if (heads.some((h) => h.complete)) heads = extend(heads, quantified.heads);
  }
  return { heads, end: pos, boundaryFirst };
}

/**
 * Each complete head followed by each head of the next part. A product past MAX_HEADS stops the
 * heads where they are instead; one head followed by many ("\b(?:troops?|soldiers|...)") is no product.
 */
function extend(heads: Head[], next: Head[]): Head[] {
  const complete = heads.filter((h) => h.complete).length;
  if (complete > 1 && complete * next.length > MAX_HEADS) return heads.map((h) => ({ text: h.text, complete: false }));
  return heads.flatMap((h) => (h.complete ? next.map((n) => ({ text: h.text + n.text, complete: n.complete })) : [h]));
}

const EMPTY: Head = { text: '', complete: true };
const UNKNOWN: Head = { text: '', complete: false };

function quantify(src: string, pos: number, heads: Head[]): Pick<Parsed, 'heads' | 'end'> | undefined {
  const q = src[pos];
  if (q === undefined || !QUANTIFIERS.has(q)) return { heads, end: pos };
  let end = pos + 1;
  if (q === '{') {
    end = src.indexOf('}', pos) + 1;
    if (end === 0) return undefined;
  }
  if (src[end] === '?') end++; // lazy
  if (q === '?') return { heads: [EMPTY, ...heads], end };
  const atLeastOnce = q === '+' || (q === '{' && !/^\{0\s*[,}]/.test(src.slice(pos, end)));
  const repeated = heads.map((h) => ({ text: h.text, complete: false }));
  return { heads: atLeastOnce ? repeated : [EMPTY, ...repeated], end };
}

function atom(src: string, pos: number): Pick<Parsed, 'heads' | 'end'> | undefined {
  const ch = src[pos] as string;
  if (ch === '(') return group(src, pos);
  if (ch === '[') {
    const close = classEnd(src, pos);
    return close < 0 ? undefined : { heads: [UNKNOWN], end: close + 1 };
  }
  if (ch === '\\') {
    const next = src[pos + 1];
    if (next === undefined) return undefined;
    if (ZERO_WIDTH_ESCAPES.has(next)) return { heads: [EMPTY], end: pos + 2 };
    // Escaped punctuation is itself; letter and digit escapes are classes or references.
    return /[A-Za-z0-9]/.test(next) ? { heads: [UNKNOWN], end: pos + 2 } : { heads: [{ text: next, complete: true }], end: pos + 2 };
  }
  if (ch === '^' || ch === '$') return { heads: [EMPTY], end: pos + 1 };
  if (ch === '.' || QUANTIFIERS.has(ch) || ch === ']' || ch === '}') return { heads: [UNKNOWN], end: pos + 1 };
  return { heads: [{ text: ch, complete: true }], end: pos + 1 };
}

function group(src: string, pos: number): Pick<Parsed, 'heads' | 'end'> | undefined {
  const lookaround = /^\(\?<?[=!]/.exec(src.slice(pos, pos + 4));
  const bodyStart = lookaround ? pos + lookaround[0].length : src.startsWith('(?:', pos) ? pos + 3 : src[pos + 1] === '?' ? -1 : pos + 1;
  if (bodyStart < 0) return undefined;
  const body = alternation(src, bodyStart);
  if (!body || src[body.end] !== ')') return undefined;
  // A lookaround consumes nothing: what follows starts where it stands.
  return { heads: lookaround ? [EMPTY] : body.heads, end: body.end + 1 };
}

function classEnd(src: string, pos: number): number {
  for (let i = pos + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']') return i;
  }
  return -1;
}

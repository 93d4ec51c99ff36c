/** Bounds of one sentence in a text: UTF-16 offsets, end exclusive. */
export interface SentenceBounds {
  start: number;
  end: number;
}

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'adm', 'rep', 'sen', 'gov',
  'pres', 'prof', 'rev', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'est', 'fig',
]);

/** Closing quotes and brackets that may follow a sentence's final stop. */
const CLOSERS = new Set(['"', "'", ')', '\u2019', '\u201D', '\u00BB']);

const NEWLINE = 10;
const PERIOD = 46;
const EXCLAMATION = 33;
const QUESTION = 63;

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00A0';

/** True when the character at `i` ends a sentence: a line break, or . ! ? before a space and a capital. */
function endsSentenceAt(text: string, i: number): boolean {
  // Character codes first: this runs on every character of every flagged sentence.
  const code = text.charCodeAt(i);
  if (code === NEWLINE) return true;
  if (code !== PERIOD && code !== EXCLAMATION && code !== QUESTION) return false;
  const ch = text[i];
  let j = i + 1;
  while (CLOSERS.has(text[j] as string)) j++;
  if (j < text.length && !isSpace(text[j]) && text[j] !== '\n') return false;
  while (isSpace(text[j])) j++;
  const next = text[j];
  if (next === undefined || next === '\n') return true;
  if (!/[A-Z0-9"'(\u00C0-\u024F\u2018\u201C]/.test(next)) return false;
  if (ch !== '.') return true;
  const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1];
  if (word === undefined) return true;
  // "U.S." and "Kim Jong-Il's J." style initials: a single letter before the period.
  if (word.length === 1) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence containing offset `at`, scanning outwards only as far as needed. */
export function sentenceAround(text: string, at: number): SentenceBounds {
  let start = at;
  while (start > 0 && !endsSentenceAt(text, start - 1)) start--;
  let end = at;
  while (end < text.length && !endsSentenceAt(text, end)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  while (end < text.length && CLOSERS.has(text[end] as string)) end++;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

import { countryCode } from '../sanctions-lists/countries.js';

/**
 * Names in a clause: runs of capitalised words ("Banco de Desarrollo Económico y Social de
 * Venezuela"), acronyms ("PDVSA") and quoted names ("“Adrian Darya 1”"), with the shorter names
 * inside a run ("Syrian President Bashar al-Assad" → "Bashar al-Assad").
 */

/** A stretch of the original text that may name a party: UTF-16 offsets, `end` exclusive. */
export interface NameCandidate {
  text: string;
  start: number;
  end: number;
  /** Words of the candidate as written. */
  words: string[];
  /** True for a name in quotation marks, which is taken whole. */
  quoted: boolean;
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** Capitalised, an acronym, a number after a name, or a particle-prefixed name ("al-Assad"). */
  named: boolean;
  /** The gap before this word breaks a name (punctuation other than a hyphen or a period of an abbreviation). */
  breakBefore: boolean;
  /** Ends in a possessive "'s": the name ends here. */
  possessive: boolean;
}

/** Lower-case words that may sit inside a name: "Bank of Cuba", "Banco de Venezuela", "Bashar al Assad". */
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'las', 'los', 'y', 'and', '&', 'the', 'for', 'al', 'el', 'bin', 'ibn', 'du', 'des', 'da', 'di', 'van', 'von', 'e']);

/** Connectors that may also join two names. */
const ENDS_BEFORE = new Set(['and', '&']);

/** Capitalised words after a name that do not extend it: "Rosneft Chief Executive Igor Sechin". */
const TITLES = new Set(['chief', 'executive', 'president', 'chairman', 'ceo', 'minister', 'director', 'head', 'leader', 'commander', 'secretary', 'spokesman', 'spokeswoman', 'general', 'founder', 'owner']);

/**
 * Capitalised words before a name that are not part of it: titles, honorifics and where the party is
 * from ("Syrian President Bashar al-Assad", "Treasury Secretary Steven Mnuchin"). Any other
 * capitalised word before a name makes it part of a longer one ("Lake Baikal", "Sania Mirza").
 */
const BEFORE_NAMES = new Set([
  ...TITLES, 'the', 'prime', 'vice', 'deputy', 'foreign', 'defence', 'defense', 'finance', 'interior', 'treasury', 'state',
  'former', 'acting', 'supreme', 'senior', 'top', 'opposition', 'rebel', 'militant', 'cleric', 'warlord', 'tycoon', 'billionaire',
  'oligarch', 'businessman', 'mr', 'mrs', 'ms', 'dr', 'sir', 'sheikh', 'colonel', 'col', 'gen', 'lieutenant', 'major', 'admiral', 'marshal',
  'king', 'prince', 'emir', 'ayatollah', 'mullah', 'imam', 'sanctioned', 'blacklisted',
]);
/** Words that open sentences and headlines, capitalised only there: "After Vladimir Putin became president". */
const OPENERS = [
  'a', 'an', 'after', 'before', 'but', 'and', 'or', 'when', 'while', 'if', 'as', 'since', 'in', 'on', 'at', 'for', 'with', 'by', 'from',
  'under', 'during', 'then', 'meanwhile', 'also', 'yesterday', 'today', 'now', 'so', 'although', 'though', 'because', 'once', 'until',
  'despite', 'following', 'according', 'last', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'it', 'he', 'she',
  'they', 'we', 'there', 'here', 'why', 'how', 'what', 'who', 'where', 'to', 'of', 'not', 'no', 'all', 'some', 'many', 'both',
];
for (const opener of OPENERS) BEFORE_NAMES.add(opener);

/** Demonyms and short country codes: "Syrian", "Venezuelan", "Chinese", "British", "Iraqi", "US". */
const PLACE_WORD = /^(?:\p{Lu}\p{Ll}+(?:ian|ean|an|ese|ish|i)|[A-Z]{2}|U\.S\.|U\.K\.)$/u;

/** The longest run of words considered one name. */
const MAX_NAME_WORDS = 12;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu;
const PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|ibn|bin|abu)-\p{Lu}/u;

function words(text: string, offset: number): Word[] {
  const found: Word[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    // A trailing period ends the sentence unless the word is an abbreviation ("S.A.", "U.S.").
    if (raw.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(raw)) raw = raw.replace(/\.+$/, '');
    const possessive = /['’]s$/i.test(raw);
    if (possessive) raw = raw.slice(0, -2);
    raw = raw.replace(/['’-]+$/, '');
    if (raw === '') continue;
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    const first = raw[0] ?? '';
    found.push({
      text: raw,
      start: offset + start,
      end: offset + start + raw.length,
      named: /\p{Lu}/u.test(first) || PARTICLE_PREFIX.test(raw) || (/\p{N}/u.test(first) && found.at(-1)?.named === true && gap.trim() === ''),
      // Punctuation breaks a name, and so does a spaced dash ("WASHINGTON - Saddam Hussein"); a hyphen does not.
      breakBefore: /[^\s-]|\s-|-\s/.test(gap),
      possessive,
    });
    previousEnd = start + match[0].length;
  }
  return found;
}

/** Runs of named words, joined by connectors, cut at punctuation and possessives. */
function runs(ws: readonly Word[]): Word[][] {
  const result: Word[][] = [];
  let current: Word[] = [];
  const close = () => {
    while (current.length > 0 && !current.at(-1)?.named) current.pop();
    if (current.length > 0) result.push(current);
    current = [];
  };
  for (const w of ws) {
    if (w.breakBefore) close();
    if (w.named) current.push(w);
    else if (current.length > 0 && CONNECTORS.has(w.text.toLowerCase())) current.push(w);
    else close();
    if (w.possessive || current.length >= MAX_NAME_WORDS) close();
  }
  close();
  return result;
}

/** A name inside a run starts after "and", a title, an honorific or a place: see BEFORE_NAMES. */
const mayStartAfter = (previous: Word): boolean => {
  const lower = previous.text.toLowerCase();
  return ENDS_BEFORE.has(lower) || BEFORE_NAMES.has(lower) || PLACE_WORD.test(previous.text) || countryCode(previous.text) !== undefined;
};

const candidateOf = (text: string, offset: number, ws: readonly Word[], quoted: boolean): NameCandidate => {
  const first = ws[0] as Word;
  const last = ws.at(-1) as Word;
  return { text: text.slice(first.start - offset, last.end - offset), start: first.start, end: last.end, words: ws.map((w) => w.text), quoted };
};

/**
 * Candidate names in `text` (a clause or sentence starting at `offset` in the article): every run
 * of capitalised words, and every shorter name inside it that starts after "and", a title or a
 * place and ends where the run ends, before "and" or before a title; and every quoted phrase of up
 * to eight words.
 */
export function nameCandidates(text: string, offset = 0): NameCandidate[] {
  const all = words(text, offset);
  const candidates: NameCandidate[] = [];
  for (const run of runs(all)) {
    for (let end = run.length; end > 0; end--) {
      const after = run[end]?.text.toLowerCase();
      // A shorter name may stop early only before "and" ("Iran Air and Mahan Air") or a title
      // ("Sberbank Chief Executive …"); a capitalised word after it makes it another name.
      if (after !== undefined && !ENDS_BEFORE.has(after) && !TITLES.has(after)) continue;
      if (!run[end - 1]?.named) continue;
      for (let start = 0; start < end; start++) {
        const slice = run.slice(start, end);
        if (slice[0]?.named && (start === 0 || mayStartAfter(run[start - 1] as Word))) candidates.push(candidateOf(text, offset, slice, false));
      }
    }
  }
  for (const quote of text.matchAll(/[“"‘]([^“”"‘’]{2,80})[”"’]/g)) {
    const inner = words(quote[1] ?? '', offset + (quote.index ?? 0) + 1);
    if (inner.length > 0 && inner.length <= 8) candidates.push(candidateOf(text, offset, inner, true));
  }
  return candidates;
}

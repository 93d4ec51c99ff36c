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
      breakBefore: /[^\s-]/.test(gap),
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

const candidateOf = (text: string, offset: number, ws: readonly Word[], quoted: boolean): NameCandidate => {
  const first = ws[0] as Word;
  const last = ws.at(-1) as Word;
  return { text: text.slice(first.start - offset, last.end - offset), start: first.start, end: last.end, words: ws.map((w) => w.text), quoted };
};

/**
 * Candidate names in `text` (a clause or sentence starting at `offset` in the article): every run
 * of capitalised words and every shorter name inside it that ends where the run ends or before a
 * title word, and every quoted phrase of up to eight words.
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
        if (slice[0]?.named) candidates.push(candidateOf(text, offset, slice, false));
      }
    }
  }
  for (const quote of text.matchAll(/[“"‘]([^“”"‘’]{2,80})[”"’]/g)) {
    const inner = words(quote[1] ?? '', offset + (quote.index ?? 0) + 1);
    if (inner.length > 0 && inner.length <= 8) candidates.push(candidateOf(text, offset, inner, true));
  }
  return candidates;
}

/**
 * Name normalisation shared by the list index, the linker and the name-keyed article items, so a
 * name in the news and a name on a list meet on the same key.
 */

/** Lower case, accents dropped, "&" read as "and", apostrophes joined, other punctuation a space. */
export function foldName(name: string): string {
  return name.length <= 100 ? memo(foldedNames, name, fold) : fold(name);
}

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const nameTokens = (name: string): string[] => {
  const folded = foldName(name);
  return folded === '' ? [] : folded.split(' ');
};

/**
 * Legal forms as folded token sequences. "S.A." folds to "s a", so both spellings are listed.
 * Stripped at either end of a name: "PJSC Sberbank", "Petroleos de Venezuela, S.A.".
 */
const LEGAL_FORMS: readonly (readonly string[])[] = [
  'the', 'public joint stock company', 'open joint stock company', 'closed joint stock company', 'joint stock company',
  'limited liability company', 'private limited company', 'private limited', 'public limited company',
  'publichnoe aktsionernoe obshchestvo', 'otkrytoe aktsionernoe obshchestvo', 'zakrytoe aktsionernoe obshchestvo',
  'aktsionernoe obshchestvo', 'obshchestvo s ogranichennoi otvetstvennostyu', 'sociedad anonima',
  's a de c v', 'sa de cv', 'de c v', 's de r l', 's r l', 's p a', 's a s', 's a', 'c a', 'b v', 'n v',
  'l l c', 'l t d', 'd o o', 'co ltd', 'company limited', 'co limited', 'sdn bhd', 'y cia', 'fz llc',
  'sa', 'sas', 'ca', 'llc', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'company',
  'plc', 'llp', 'lp', 'gmbh', 'ag', 'kg', 'bv', 'nv', 'srl', 'spa', 'doo', 'oao', 'ooo', 'zao', 'pao', 'ao',
  'jsc', 'ojsc', 'pjsc', 'cjsc', 'fze', 'fzco', 'fzc', 'fzo', 'dmcc', 'pte', 'pvt', 'bhd', 'cia',
].map((form) => form.split(' '));

/** One-word legal forms ("sa", "llc", "pjsc"): a name's word that says nothing about which party it is. */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(LEGAL_FORMS.filter((form) => form.length === 1).map((form) => form[0] as string));

const startsWith = (tokens: readonly string[], form: readonly string[], at: number): boolean =>
  form.every((t, i) => tokens[at + i] === t);

/** Drops legal forms (and a leading "the") from both ends; never leaves a name empty. */
export function stripLegalForms(tokens: readonly string[]): string[] {
  let start = 0;
  let end = tokens.length;
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (end - start > form.length && startsWith(tokens, form, start)) {
        start += form.length;
        changed = true;
      }
      if (end - start > form.length && startsWith(tokens, form, end - form.length)) {
        end -= form.length;
        changed = true;
      }
    }
  }
  return tokens.slice(start, end);
}

/**
 * A spelling-insensitive form of one word, for transliteration variants: "Hezbollah"/"Hizballah",
 * "Laden"/"Ladin", "Mohammed"/"Muhammad", "Evgeny"/"Yevgeniy". Common digraphs are merged, then vowels
 * after the first letter dropped and doubled letters collapsed. Numbers are kept as they are.
 */
export function skeleton(token: string): string {
  return memo(skeletons, token, skeletonOf);
}

/**
 * News repeats the same words and names in every article ("President", "Vladimir Putin"): their
 * keys are kept, up to a bound, so linking costs a lookup per repeated word.
 */
const MEMO_LIMIT = 50_000;
const skeletons = new Map<string, string>();
const nameKeys = new Map<string, string>();
const foldedNames = new Map<string, string>();
function memo(cache: Map<string, string>, input: string, compute: (input: string) => string): string {
  let value = cache.get(input);
  if (value === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    value = compute(input);
    cache.set(input, value);
  }
  return value;
}

function skeletonOf(token: string): string {
  if (/\d/.test(token)) return token;
  const merged = token
    .replace(/^ye/, 'e')
    .replace(/^yu/, 'u')
    .replace(/^ya/, 'a')
    .replace(/shch/g, 'sh')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/dh/g, 'd')
    .replace(/th/g, 't')
    .replace(/j/g, 'y')
    .replace(/ou/g, 'u');
  const first = merged[0] ?? '';
  const lead = 'aeiouy'.includes(first) ? ('ou'.includes(first) ? 'u' : first === 'a' ? 'a' : 'e') : first;
  return (lead + merged.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1');
}

/**
 * A word as spelling-insensitive lookups key it: its skeleton from four letters up; shorter words
 * ("Ye", "Un", "Ali", "Da") as written, as their skeletons say too little.
 */
export const spellingKey = (token: string): string => (token.length >= 4 ? skeleton(token) : token);

const VOWELS = 'aeiouy';

/**
 * Edit distance of two folded words in which vowels cost half ("Hezbollah"/"Hizballah" 1.0,
 * "Michael"/"Mechel" 1.0), divided by the longer length.
 */
export function spellingDistance(a: string, b: string): number {
  const cost = (c: string) => (VOWELS.includes(c) ? 0.5 : 1);
  let previous = [0];
  for (let j = 1; j <= b.length; j++) previous[j] = (previous[j - 1] ?? 0) + cost(b[j - 1] ?? '');
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1] ?? '';
    const row = [(previous[0] ?? 0) + cost(ai)];
    for (let j = 1; j <= b.length; j++) {
      const bj = b[j - 1] ?? '';
      const substitute = ai === bj ? 0 : VOWELS.includes(ai) && VOWELS.includes(bj) ? 0.5 : 1;
      row[j] = Math.min((previous[j - 1] ?? 0) + substitute, (previous[j] ?? 0) + cost(ai), (row[j - 1] ?? 0) + cost(bj));
    }
    previous = row;
  }
  return (previous[b.length] ?? 0) / Math.max(a.length, b.length, 1);
}

/** Final "y" and "i" are one sound ("Yuriy"/"Yuri"); another final vowel is another name or gender ("Francesca"/"Francesco"). */
const sameEnding = (a: string, b: string): boolean => {
  const end = (w: string) => w.replace(/(?:iy|y)$/, 'i').at(-1) ?? '';
  return end(a) === end(b) || (!/[aeiou]$/.test(end(a)) && !/[aeiou]$/.test(end(b)));
};

/**
 * Two folded words are one name spelt two ways: equal, or of four letters or more with the same
 * `spellingKey`, the same final vowel, and a `spellingDistance` of at most 0.15 (0.1 up to five
 * letters, so "Kang" is not "King").
 */
export const sameSpelling = (a: string, b: string): boolean =>
  a === b ||
  (a.length >= 4 &&
    b.length >= 4 &&
    spellingKey(a) === spellingKey(b) &&
    // A different final vowel is another name or gender: "Francesca"/"Francesco", "Kuznetsova".
    sameEnding(a, b) &&
    spellingDistance(a, b) <= (Math.max(a.length, b.length) <= 5 ? 0.1 : 0.15));

/** The key a name is looked up under: folded tokens, legal forms stripped. */
export const nameKey = (name: string): string => memo(nameKeys, name, (n) => stripLegalForms(nameTokens(n)).join(' '));

/** The spelling-insensitive key: each token of `nameKey` reduced to its `spellingKey`. */
export const skeletonKey = (key: string): string => key.split(' ').map(spellingKey).join(' ');

/** Particles of personal names that say nothing about who is meant on their own. */
export const NAME_PARTICLES = new Set(['the', 'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'de', 'del', 'della', 'da', 'di', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'y', 'e']);

export interface PersonName {
  /** Surname tokens without particles ("MADURO MOROS" → maduro, moros; "AL-ASSAD" → assad). */
  surnames: string[];
  given: string[];
}

/** Splits a list's "SURNAME, Given Names" form; a name without a comma is all surname. */
export function personName(listed: string): PersonName {
  const comma = listed.indexOf(',');
  const words = (part: string) => nameTokens(part).filter((t) => !NAME_PARTICLES.has(t));
  return comma < 0
    ? { surnames: words(listed), given: [] }
    : { surnames: words(listed.slice(0, comma)), given: words(listed.slice(comma + 1)) };
}

/**
 * Keys under which a person named in the news is recorded and a listed individual is looked up: the
 * sorted pair of a given name and a surname, spelling-insensitive, so "Nicolas Maduro" and
 * "MADURO MOROS, Nicolas" share "mdr ncls".
 */
export function personPairKeys(person: PersonName): string[] {
  const keys = new Set<string>();
  for (const g of person.given) {
    for (const s of person.surnames) if (g !== s) keys.add([spellingKey(g), spellingKey(s)].sort().join(' '));
  }
  return [...keys];
}

/**
 * Whether a short form can abbreviate a long one (after Schwartz and Hearst, 2003): its letters occur
 * in the long form in order, the first at the start of a word. "BNC" fits "Banco Nacional de Cuba",
 * "BANDES" fits "BANCO DE DESARROLLO ECONOMICO Y SOCIAL"; "Reuters" does not fit "HONG KONG".
 */
export function abbreviates(short: string, long: string): boolean {
  const letters = foldName(short).replace(/ /g, '');
  const text = foldName(long);
  let at = text.search(new RegExp(`(?:^| )${letters[0] ?? ''}`));
  if (at < 0 || letters === '') return false;
  for (const letter of letters) {
    at = text.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

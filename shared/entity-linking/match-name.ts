import { programCountry } from '../sanctions-lists/countries.js';
import type { ListEntry } from '../sanctions-lists/list.js';
import { NAME_PARTICLES, abbreviates, foldName, nameKey, nameTokens, sameSpelling, spellingKey, skeletonKey } from '../sanctions-lists/names.js';
import type { IndexedName, SanctionsIndex } from '../sanctions-lists/sanctions-index.js';

/**
 * Precision first: a link is reported at or above this score. The scores below are set so that a
 * full name or distinctive alias clears it alone, while a spelling variant of a single word, a
 * vessel named without a ship in sight, or a name several entries share needs the clause to name
 * one of the entry's countries as well; short acronyms, common words and lone surnames never do.
 */
export const LINK_THRESHOLD = 0.9;

const SCORE = {
  /** A name of two or more words equal to a listed name or alias, legal forms aside. */
  fullName: 0.97,
  /** The same, to a former name (f.k.a.). */
  formerName: 0.95,
  /** A name of two or more words equal to a listed one but for spelling (transliteration). */
  fullNameVariant: 0.93,
  /** One distinctive word (five letters or more, not a common word) the list gives as a primary name: "HAMAS". */
  singleWord: 0.93,
  /** One word the list gives as an alias that abbreviates the primary name ("a.k.a. BANDES", "a.k.a. PDVSA"). */
  singleWordAcronym: 0.91,
  /** One word the list gives as another alias ("a.k.a. BAIKAL" of IZHEVSKY MEKHANICHESKY ZAVOD): never alone. */
  singleWordAlias: 0.85,
  /** One long word (eight letters or more) equal but for spelling: "Hezbollah" for "HIZBALLAH"; needs a country. */
  singleWordVariant: 0.87,
  /** One short word (four letters or fewer): "BNC", "IRGC". Never enough alone, even with a country. */
  shortWord: 0.84,
  /** A personal name: given name and surname both present and all words on the list's name. */
  person: 0.91,
  personExact: 0.93,
  /** Added per share of the listed person's name words the candidate covers. */
  personCoverage: 0.05,
  /** The name matches with its legal form too, which tells apart entries that differ only there. */
  sameLegalForm: 0.02,
  /** Every word of the name is a common English word ("National Lottery") or a common name among listed people ("Jose Lopez"): needs a country. */
  commonWords: -0.1,
  /** The clause names a country of the entry (addresses, or the country of its program). */
  countryBonus: 0.03,
  /** Several entries match equally well. */
  ambiguity: -0.08,
  /** A vessel named with no ship, tanker or vessel in the clause. */
  vesselWithoutCue: -0.12,
} as const;

export interface MatchContext {
  /** ISO codes of the countries the clause or its mention names. */
  countries: ReadonlySet<string>;
  /** The clause speaks of a ship. */
  vesselCue: boolean;
}

export interface NameMatch {
  entry: ListEntry;
  /** The listed name or alias that matched. */
  alias: string;
  score: number;
}

export const VESSEL_CUE = /\b(?:vessels?|ships?|tankers?|freighters?|carriers?|yachts?|tugs?|ferry|ferries|cargo|supertankers?|IMO)\b/i;

const entryCountries = (entry: ListEntry): string[] => [
  ...entry.countries,
  ...entry.programs.map(programCountry).filter((c): c is string => c !== undefined),
];

const withContext = (entry: ListEntry, base: number, ctx: MatchContext): number =>
  base +
  (entryCountries(entry).some((c) => ctx.countries.has(c)) ? SCORE.countryBonus : 0) +
  (entry.type === 'vessel' && !ctx.vesselCue ? SCORE.vesselWithoutCue : 0);

const sameWords = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((word, i) => sameSpelling(word, b[i] ?? ''));

/**
 * Entities, vessels and aircraft whose name or alias has the candidate's key, exactly or spelt
 * another way word by word. One word links only to a name the list itself gives as one word
 * ("BANDES", "HAMAS"), not to what is left of "MIRZA COMPANY" without its legal form.
 */
function matchOrganisation(index: SanctionsIndex, surfaceText: string, key: string, ctx: MatchContext): NameMatch[] {
  const words = key.split(' ');
  const single = words.length === 1;
  if (single && index.isCommonWord(key)) return [];
  const exact = index.byKey(key);
  const variant = exact.length === 0;
  const found = variant ? index.bySkeleton(skeletonKey(key)).filter((n) => sameWords(words, nameKey(n.name).split(' '))) : exact;
  return found.flatMap((named) => {
    if (single && nameTokens(named.name).length !== 1) return [];
    const common = words.every((w) => index.isCommonWord(w)) ? SCORE.commonWords : 0;
    const base = common + (single
      ? key.length <= 4
        ? SCORE.shortWord
        : variant
          ? key.length >= 8 ? SCORE.singleWordVariant : SCORE.shortWord
          : named.kind === 'primary'
            ? SCORE.singleWord
            : abbreviates(named.name, named.entry.name) ? SCORE.singleWordAcronym : SCORE.singleWordAlias
      : variant
        ? SCORE.fullNameVariant
        : named.kind === 'fka'
          ? SCORE.formerName
          : SCORE.fullName);
    // "National Iranian Oil Company" is NATIONAL IRANIAN OIL COMPANY more than …COMPANY PTE LTD.
    const surface = !single && foldName(surfaceText) === foldName(named.name) ? SCORE.sameLegalForm : 0;
    return [{ entry: named.entry, alias: named.name, score: withContext(named.entry, base + surface, ctx) }];
  });
}

/** Honorifics before a personal name, which the list leaves out. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'sheikh', 'shaykh', 'gen', 'col', 'lt']);

/**
 * Listed individuals whose name holds every word of the candidate (spelling aside), the first given
 * name and the first surname among them: "Nicolas Maduro" matches "MADURO MOROS, Nicolas";
 * "Maduro" alone, "Pedro Martinez" for "CARDONA MARTINEZ, Pedro" or "Reza Moghadam" for
 * "MOGHADAM FAR, Hamid Reza" never match.
 */
function matchPerson(index: SanctionsIndex, words: readonly string[], ctx: MatchContext): NameMatch[] {
  const tokens = words.flatMap((w) => nameTokens(w)).filter((t) => t.length > 1 && !NAME_PARTICLES.has(t) && !HONORIFICS.has(t));
  if (tokens.length < 2) return [];
  const keys = tokens.map(spellingKey);
  const [rarest] = [...keys].sort((a, b) => index.personsWith(a).length - index.personsWith(b).length);
  if (rarest === undefined) return [];
  const matches: NameMatch[] = [];
  for (const named of index.personsWith(rarest)) {
    const { given, surnames } = named.person;
    if (!tokens.every((t) => given.some((g) => sameSpelling(t, g)) || surnames.some((n) => sameSpelling(t, n)))) continue;
    const [firstGiven, firstSurname] = [given[0], surnames[0]];
    if (firstGiven === undefined || firstSurname === undefined) continue;
    if (!tokens.some((t) => sameSpelling(t, firstGiven)) || !tokens.some((t) => sameSpelling(t, firstSurname))) continue;
    // Surname first ("Kim Jong Un") only with every given name: "Ahmed Shaheed" is not "AHMED, Shahid Mehmood".
    const surnameFirst = tokens.findIndex((t) => sameSpelling(t, firstSurname)) < tokens.findIndex((t) => sameSpelling(t, firstGiven));
    if (surnameFirst && !given.every((g) => tokens.some((t) => sameSpelling(t, g)))) continue;
    const listed = [...given, ...surnames];
    const exact = tokens.every((t) => listed.includes(t));
    const coverage = new Set(keys).size / new Set(listed.map(spellingKey)).size;
    const matched = listed.filter((w) => tokens.some((t) => sameSpelling(t, w)));
    const common = matched.every((w) => index.isCommonWord(w) || index.isCommonPersonWord(w)) ? SCORE.commonWords : 0;
    const base = (exact ? SCORE.personExact : SCORE.person) + SCORE.personCoverage * Math.min(1, coverage) + common;
    matches.push({ entry: named.entry, alias: named.name, score: withContext(named.entry, base, ctx) });
  }
  return matches;
}

/**
 * The list entry a name in the news is, scored, when the best match reaches `LINK_THRESHOLD`;
 * each entry is scored by its best-matching name. Several entries tied at the top are all marked
 * down as ambiguous, and all reported if they still reach the threshold.
 */
export function matchName(index: SanctionsIndex, words: readonly string[], ctx: MatchContext): NameMatch[] {
  const key = nameKey(words.join(' '));
  if (key === '') return [];
  const best = new Map<string, NameMatch>();
  for (const match of [...matchOrganisation(index, words.join(' '), key, ctx), ...matchPerson(index, words, ctx)]) {
    const seen = best.get(match.entry.id);
    if (!seen || match.score > seen.score) best.set(match.entry.id, match);
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const top = ranked[0]?.score ?? 0;
  const leaders = ranked.filter((m) => top - m.score < 1e-9);
  const score = Math.min(1, top + (leaders.length > 1 ? SCORE.ambiguity : 0));
  return score >= LINK_THRESHOLD ? leaders.map((m) => ({ ...m, score: Math.round(score * 100) / 100 })) : [];
}

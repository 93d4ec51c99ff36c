import { programCountry } from '../sanctions-lists/countries.js';
import type { ListEntry } from '../sanctions-lists/list.js';
import { NAME_PARTICLES, nameKey, nameTokens, personWordKey, skeletonKey } from '../sanctions-lists/names.js';
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
  /** One distinctive word (five letters or more, not a common word) equal to a listed name: "Bandes". */
  singleWord: 0.93,
  /** One long word (seven letters or more) equal but for spelling: "Hezbollah" for "HIZBALLAH". */
  singleWordVariant: 0.9,
  /** One short word (four letters or fewer): "BNC", "IRGC". Never enough alone, even with a country. */
  shortWord: 0.84,
  /** A personal name: given name and surname both present and all words on the list's name. */
  person: 0.91,
  personExact: 0.93,
  /** Added per share of the listed person's name words the candidate covers. */
  personCoverage: 0.05,
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

/** Entities, vessels and aircraft whose name or alias has the candidate's key, exactly or but for spelling. */
function matchOrganisation(index: SanctionsIndex, key: string, ctx: MatchContext): NameMatch[] {
  const single = !key.includes(' ');
  if (single && index.isCommonWord(key)) return [];
  const exact = index.byKey(key);
  const found: readonly IndexedName[] = exact.length > 0 ? exact : index.bySkeleton(skeletonKey(key));
  const variant = exact.length === 0;
  return found.map((named) => {
    const base = single
      ? key.length <= 4
        ? SCORE.shortWord
        : variant
          ? key.length >= 7 ? SCORE.singleWordVariant : SCORE.shortWord
          : SCORE.singleWord
      : variant
        ? SCORE.fullNameVariant
        : named.kind === 'fka'
          ? SCORE.formerName
          : SCORE.fullName;
    return { entry: named.entry, alias: named.name, score: withContext(named.entry, base, ctx) };
  });
}

/**
 * Listed individuals whose name holds every word of the candidate (spelling aside), at least one as
 * a given name and one as a surname: "Nicolas Maduro" matches "MADURO MOROS, Nicolas"; "Maduro"
 * alone, or two surnames, never match.
 */
function matchPerson(index: SanctionsIndex, words: readonly string[], ctx: MatchContext): NameMatch[] {
  const tokens = words.flatMap((w) => nameTokens(w)).filter((t) => !NAME_PARTICLES.has(t));
  if (tokens.length < 2) return [];
  const skeletons = tokens.map(personWordKey);
  const [rarest] = [...skeletons].sort((a, b) => index.personsWith(a).length - index.personsWith(b).length);
  if (rarest === undefined) return [];
  const matches: NameMatch[] = [];
  for (const named of index.personsWith(rarest)) {
    const { givenSkeletons, surnameSkeletons, person } = named;
    if (!skeletons.every((s) => givenSkeletons.has(s) || surnameSkeletons.has(s))) continue;
    if (!skeletons.some((s) => givenSkeletons.has(s)) || !skeletons.some((s) => surnameSkeletons.has(s))) continue;
    const listed = [...person.given, ...person.surnames];
    const exact = tokens.every((t) => listed.includes(t));
    const coverage = new Set(skeletons).size / new Set([...givenSkeletons, ...surnameSkeletons]).size;
    const base = (exact ? SCORE.personExact : SCORE.person) + SCORE.personCoverage * Math.min(1, coverage);
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
  for (const match of [...matchOrganisation(index, key, ctx), ...matchPerson(index, words, ctx)]) {
    const seen = best.get(match.entry.id);
    if (!seen || match.score > seen.score) best.set(match.entry.id, match);
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const top = ranked[0]?.score ?? 0;
  const leaders = ranked.filter((m) => top - m.score < 1e-9);
  const score = Math.min(1, top + (leaders.length > 1 ? SCORE.ambiguity : 0));
  return score >= LINK_THRESHOLD ? leaders.map((m) => ({ ...m, score: Math.round(score * 100) / 100 })) : [];
}

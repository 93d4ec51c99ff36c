import type { Actor } from '../../article/mention.js';
import { trieRegex } from '../trie-regex.js';
import { LEADERS, ORGANISATIONS } from './organisations.js';
import { STATES, type Region, type StateGroup } from './states.js';

/** How a place or body was named: adjectives usually modify the actor's forces or measures. */
export type ActorForm = 'name' | 'adjective' | 'seat' | 'organisation' | 'leader';

/** An actor named in the text, with where it was named (UTF-16 offsets into the text). */
export interface ActorHit {
  actor: Actor;
  form: ActorForm;
  start: number;
  end: number;
}

/** Names that contain a state's name but denote something else ("Latin America"). */
const NOT_ACTORS = [
  'South America', 'North America', 'Latin America', 'Central America', 'the Americas', 'New Guinea',
  'South American', 'North American', 'Latin American', 'Central American', 'Native American', 'African-American',
  'African American', 'Pan-American', 'Anglo-American', 'Asian-American', 'Arab-American', 'Irish-American',
  'Korean War', 'Congo River', 'Gulf of Guinea', 'Georgia Tech', 'American Express', 'Washington Post',
  'New Mexico', 'New York', 'New England', 'New South Wales', 'Jordan River', 'Dominican friar',
];

type Entry = { actor: (surface: string) => Actor; form: ActorForm } | null;

const pluralOf = (adjective: string): string | undefined =>
  /(?:ese|sh|ch|s|x|z)$/.test(adjective) ? undefined : `${adjective}s`;

function buildEntries(): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const put = (surface: string, entry: Entry): void => {
    if (!entries.has(surface)) entries.set(surface, entry);
  };
  const state = (code: string) => (surface: string): Actor => ({ kind: 'state', code, surface });
  for (const s of STATES) {
    for (const n of s.names) put(n, { actor: state(s.code), form: 'name' });
    for (const seat of s.seats) put(seat, { actor: state(s.code), form: 'seat' });
    for (const a of s.adjectives) {
      put(a, { actor: state(s.code), form: 'adjective' });
      const plural = pluralOf(a);
      if (plural) put(plural, { actor: state(s.code), form: 'adjective' });
    }
  }
  for (const o of ORGANISATIONS) {
    const actor = (surface: string): Actor =>
      o.state ? { kind: 'state', code: o.state, surface } : { kind: 'organisation', name: o.name, surface };
    for (const surface of o.surfaces) put(surface, { actor, form: 'organisation' });
  }
  for (const l of LEADERS) put(l.surface, { actor: state(l.state), form: 'leader' });
  for (const n of NOT_ACTORS) entries.set(n, null);
  return entries;
}

const ENTRIES = buildEntries();
/** Longest surface wins ("Equatorial Guinea" over "Guinea"). Case-sensitive: "turkey", "chad". */
const SURFACES = new RegExp(`(?<!\\w)(?:${trieRegex([...ENTRIES.keys()])})(?!\\w)`, 'g');

/** Every state, organisation and leader named in `text[from, to)`, in order. */
export function findActors(text: string, from: number, to: number): ActorHit[] {
  const hits: ActorHit[] = [];
  const slice = text.slice(from, to);
  SURFACES.lastIndex = 0;
  for (let m = SURFACES.exec(slice); m !== null; m = SURFACES.exec(slice)) {
    const entry = ENTRIES.get(m[0]);
    if (!entry) continue;
    hits.push({ actor: entry.actor(m[0]), form: entry.form, start: from + m.index, end: from + m.index + m[0].length });
  }
  return hits;
}

const BY_CODE = new Map(STATES.map((s) => [s.code, s] as const));

/** Words in a descriptor ("the South American country") that narrow which states it can mean. */
const DESCRIPTOR_REGIONS: Readonly<Record<string, readonly Region[]>> = {
  african: ['Northern Africa', 'Eastern Africa', 'Middle Africa', 'Southern Africa', 'Western Africa'],
  'west african': ['Western Africa'],
  'east african': ['Eastern Africa'],
  'central african': ['Middle Africa'],
  'north african': ['Northern Africa'],
  'southern african': ['Southern Africa'],
  'south american': ['South America'],
  'latin american': ['South America', 'Central America', 'Caribbean'],
  'central american': ['Central America'],
  caribbean: ['Caribbean'],
  asian: ['Central Asia', 'Eastern Asia', 'South-eastern Asia', 'Southern Asia', 'Western Asia'],
  'east asian': ['Eastern Asia'],
  'south asian': ['Southern Asia'],
  'southeast asian': ['South-eastern Asia'],
  'central asian': ['Central Asia'],
  european: ['Eastern Europe', 'Northern Europe', 'Southern Europe', 'Western Europe'],
  'eastern european': ['Eastern Europe'],
  pacific: ['Melanesia', 'Micronesia', 'Polynesia', 'Australia and New Zealand'],
};
const DESCRIPTOR_GROUPS: Readonly<Record<string, StateGroup>> = {
  opec: 'opec', 'oil-rich': 'opec', gulf: 'gulf', balkan: 'balkan', baltic: 'baltic', nordic: 'nordic',
  scandinavian: 'nordic', arab: 'arab', 'middle eastern': 'middle-east', 'middle east': 'middle-east',
};

/** A state descriptor such as "the Opec nation" or "the crisis-hit country", with its qualifier words. */
export const DESCRIPTOR =
  /\bthe ((?:[\w-]+ ){0,3})(country|nation|state|kingdom|republic|emirate)\b(?![\s-]+(?:department|media|news|television|tv|broadcaster|agency|run|owned|ministry|secretary|visit|of|dinner|funeral|banquet|council|legislature|capital|border|house|senate|governor|police|prosecutors?|attorney|court|level|budget|pension|schools?|government|officials?|sponsors?|oil|[a-z]+-run))/gi;

/** Whether state `code` fits the qualifier of a descriptor; an unknown qualifier fits any state. */
export function fitsDescriptor(code: string, qualifier: string): boolean {
  const entry = BY_CODE.get(code);
  if (!entry) return false;
  const q = qualifier.toLowerCase();
  for (const [word, regions] of Object.entries(DESCRIPTOR_REGIONS)) {
    if (new RegExp(`\\b${word}\\b`).test(q) && !regions.includes(entry.region)) return false;
  }
  for (const [word, group] of Object.entries(DESCRIPTOR_GROUPS)) {
    if (new RegExp(`\\b${word}\\b`).test(q) && !entry.groups?.includes(group)) return false;
  }
  return true;
}

import type { Alias, ListEntry, ListId, SanctionsList } from './list.js';
import { LEGAL_FORM_WORDS, nameKey, nameTokens, personName, spellingKey, skeletonKey, type PersonName } from './names.js';

/** A name or alias of an entry, as the list publishes it. */
export interface IndexedName {
  entry: ListEntry;
  name: string;
  kind: 'primary' | Alias['kind'];
}

/** An individual's name, split into given names and surnames. */
export interface IndexedPerson extends IndexedName {
  person: PersonName;
}

/** Lookups over one list version, built in memory from a `SanctionsList`. */
export interface SanctionsIndex {
  list: ListId;
  version: string;
  size: number;
  entry(id: string): ListEntry | undefined;
  /** Entities, vessels and aircraft whose name or alias has this `nameKey`. */
  byKey(key: string): readonly IndexedName[];
  /** The same by spelling-insensitive key (`skeletonKey`). */
  bySkeleton(key: string): readonly IndexedName[];
  /** Individuals' names holding a word with this `spellingKey`, as given name or surname. */
  personsWith(wordSkeleton: string): readonly IndexedPerson[];
  /**
   * Whether a word (as written) could be part of a listed name: each of its folded tokens, by
   * `spellingKey`, occurs in some name or alias. A name with an unknown word cannot match, so the
   * linker skips it without a look-up.
   */
  knowsWord(word: string): boolean;
  /** Whether a folded word of a listed name is a common English word ("graceful", "national"). */
  isCommonWord(word: string): boolean;
  /** Whether a folded word of personal names is shared by many listed individuals ("mohammed", "lopez"). */
  isCommonPersonWord(word: string): boolean;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  if (key === '') return;
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
};

/** A name word shared by this many listed individuals is a common name ("Jose", "Lopez", "Ali"). */
const COMMON_PERSON_WORD_ENTRIES = 10;

/** Builds the lookup maps of a list: every primary name and alias, entities by key, individuals by word. */
export function buildSanctionsIndex(list: SanctionsList): SanctionsIndex {
  const byId = new Map<string, ListEntry>();
  const byKey = new Map<string, IndexedName[]>();
  const bySkeleton = new Map<string, IndexedName[]>();
  const persons = new Map<string, IndexedPerson[]>();
  const personWordEntries = new Map<string, Set<string>>();
  const vocabulary = new Set<string>();
  const common = new Set(list.commonWords);
  for (const entry of list.entries) {
    byId.set(entry.id, entry);
    const names: IndexedName[] = [{ entry, name: entry.name, kind: 'primary' }, ...entry.aliases.map((a) => ({ entry, name: a.name, kind: a.kind }))];
    for (const indexed of names) {
      for (const token of nameTokens(indexed.name)) vocabulary.add(spellingKey(token));
      if (entry.type === 'individual') {
        const person = personName(indexed.name);
        const words = [...person.given, ...person.surnames];
        for (const key of new Set(words.map(spellingKey))) push(persons, key, { ...indexed, person });
        for (const word of words) personWordEntries.set(word, (personWordEntries.get(word) ?? new Set()).add(entry.id));
      } else {
        const key = nameKey(indexed.name);
        push(byKey, key, indexed);
        push(bySkeleton, skeletonKey(key), indexed);
      }
    }
  }
  const none: readonly never[] = [];
  return {
    list: list.list,
    version: list.version,
    size: list.entries.length,
    entry: (id) => byId.get(id),
    byKey: (key) => byKey.get(key) ?? none,
    bySkeleton: (key) => bySkeleton.get(key) ?? none,
    personsWith: (word) => persons.get(word) ?? none,
    knowsWord: (word) => nameTokens(word).every((token) => LEGAL_FORM_WORDS.has(token) || vocabulary.has(spellingKey(token))),
    isCommonWord: (word) => common.has(word),
    isCommonPersonWord: (word) => (personWordEntries.get(word)?.size ?? 0) >= COMMON_PERSON_WORD_ENTRIES,
  };
}

import type { Alias, ListEntry, ListId, SanctionsList } from './list.js';
import { nameKey, personName, personWordKey, skeletonKey, type PersonName } from './names.js';

/** A name or alias of an entry, as the list publishes it. */
export interface IndexedName {
  entry: ListEntry;
  name: string;
  kind: 'primary' | Alias['kind'];
}

/** An individual's name, split into spelling-insensitive given names and surnames. */
export interface IndexedPerson extends IndexedName {
  person: PersonName;
  /** `personWordKey`s of the given names and of the surnames. */
  givenSkeletons: ReadonlySet<string>;
  surnameSkeletons: ReadonlySet<string>;
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
  /** Individuals' names holding a word with this `personWordKey`, as given name or surname. */
  personsWith(wordSkeleton: string): readonly IndexedPerson[];
  /** Whether a single-word name key is a common English word ("graceful"), which never links alone. */
  isCommonWord(key: string): boolean;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T): void => {
  if (key === '') return;
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
};

/** Builds the lookup maps of a list: every primary name and alias, entities by key, individuals by word. */
export function buildSanctionsIndex(list: SanctionsList): SanctionsIndex {
  const byId = new Map<string, ListEntry>();
  const byKey = new Map<string, IndexedName[]>();
  const bySkeleton = new Map<string, IndexedName[]>();
  const persons = new Map<string, IndexedPerson[]>();
  const common = new Set(list.commonWords);
  for (const entry of list.entries) {
    byId.set(entry.id, entry);
    const names: IndexedName[] = [{ entry, name: entry.name, kind: 'primary' }, ...entry.aliases.map((a) => ({ entry, name: a.name, kind: a.kind }))];
    for (const indexed of names) {
      if (entry.type === 'individual') {
        const person = personName(indexed.name);
        const indexedPerson: IndexedPerson = {
          ...indexed,
          person,
          givenSkeletons: new Set(person.given.map(personWordKey)),
          surnameSkeletons: new Set(person.surnames.map(personWordKey)),
        };
        for (const word of new Set([...indexedPerson.givenSkeletons, ...indexedPerson.surnameSkeletons])) push(persons, word, indexedPerson);
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
    isCommonWord: (key) => common.has(key),
  };
}

/** Lists Tocsin can load; each has one adapter (see adapter.ts). */
export type ListId = 'us-ofac-sdn';

export type EntryType = 'entity' | 'individual' | 'vessel' | 'aircraft';

/** Another name an entry is known by: a.k.a., formerly (f.k.a.) or now (n.k.a.). */
export interface Alias {
  name: string;
  kind: 'aka' | 'fka' | 'nka';
}

/** One designation on a list, as compact as linking, watching and diffing need it. */
export interface ListEntry {
  /** The list's own entry number, e.g. OFAC's `ent_num` "26587". */
  id: string;
  /** The primary name as the list publishes it; individuals as "SURNAME, Given Names". */
  name: string;
  type: EntryType;
  /** Sanctions programs, e.g. ["VENEZUELA-EO13850"]. */
  programs: string[];
  aliases: Alias[];
  /** ISO 3166-1 alpha-2 codes of the countries in the entry's addresses. */
  countries: string[];
  /** Names of the parties the list says the entry is linked to ("Linked To: …"), as published. */
  linkedTo: string[];
  /** Short hash of every source row of the entry, so a diff sees changes in fields not kept here. */
  digest: string;
}

/** One version of a list: what the refresh function stores and process-articles loads. */
export interface SanctionsList {
  list: ListId;
  /** When this version was fetched or read (ISO-8601), or a label for a local snapshot. */
  version: string;
  entries: ListEntry[];
  /**
   * Words of this list's names that are common English words ("graceful", "national", "mark"):
   * computed when the list is built so that loading it for linking needs no dictionary.
   */
  commonWords: string[];
}

import { commonWordsAmong } from './common-words.js';
import { InvalidListError } from './errors.js';
import type { ListEntry, ListId, SanctionsList } from './list.js';
import { nameTokens } from './names.js';
import { OFAC_FILE_NAMES, parseOfacSdn, type OfacFiles } from './ofac-csv.js';

/**
 * One sanctions list: which files make a version, how they are read, and how small a version may be
 * before it is taken for a broken download. EU, UK, UN or OpenSanctions lists are one more adapter each.
 */
export interface ListAdapter {
  list: ListId;
  /** File names of one version, as the publisher names them. */
  files: readonly string[];
  /** Text encoding of the files. */
  encoding: string;
  /** A version with fewer entries than this is refused: no real version of the list is that small. */
  minEntries: number;
  /** Parses one version; throws `InvalidListError` on malformed files. */
  parse(files: Readonly<Record<string, string>>): ListEntry[];
}

/** The US Treasury's Specially Designated Nationals list, from OFAC's legacy CSV files. */
export const ofacSdnAdapter: ListAdapter = {
  list: 'us-ofac-sdn',
  files: OFAC_FILE_NAMES,
  // The legacy files are ASCII in practice; windows-1252 reads any stray byte rather than failing.
  encoding: 'windows-1252',
  minEntries: 5_000,
  parse(files) {
    const missing = OFAC_FILE_NAMES.filter((name) => typeof files[name] !== 'string');
    if (missing.length > 0) throw new InvalidListError(`us-ofac-sdn: missing ${missing.join(', ')}`);
    return parseOfacSdn(files as unknown as OfacFiles);
  },
};

export const LIST_ADAPTERS: Readonly<Record<ListId, ListAdapter>> = { 'us-ofac-sdn': ofacSdnAdapter };

/** How far a new version may shrink against the last good one before it is taken for a truncated download. */
export const MAX_SHRINK = 0.05;

/**
 * Parses one version of a list; malformed files and duplicate entry numbers throw `InvalidListError`.
 * The words of its names that are common English words are found here, so loading the list for
 * linking needs no dictionary.
 */
export function buildList(adapter: ListAdapter, files: Readonly<Record<string, string>>, version: string): SanctionsList {
  const entries = adapter.parse(files);
  const ids = new Set(entries.map((e) => e.id));
  if (ids.size !== entries.length) throw new InvalidListError(`${adapter.list}: ${entries.length - ids.size} duplicate entry numbers`);
  const words = entries.flatMap((e) => [e.name, ...e.aliases.map((a) => a.name)].flatMap(nameTokens));
  return { list: adapter.list, version, entries, commonWords: commonWordsAmong(words) };
}

/**
 * Checks a freshly fetched version before it may replace the stored one: too few entries for any
 * real version of the list, or (given the last good version) more than `MAX_SHRINK` fewer entries,
 * throw `InvalidListError`, so a truncated or broken download never replaces a good list.
 */
export function checkNewVersion(adapter: ListAdapter, next: SanctionsList, previous?: SanctionsList): void {
  const count = next.entries.length;
  if (count < adapter.minEntries) {
    throw new InvalidListError(`${adapter.list}: ${count} entries, fewer than the ${adapter.minEntries} any real version has`);
  }
  if (previous && count < previous.entries.length * (1 - MAX_SHRINK)) {
    throw new InvalidListError(
      `${adapter.list}: ${count} entries against ${previous.entries.length} in the last good version (more than ${MAX_SHRINK * 100}% fewer): taken for a truncated download`,
    );
  }
}

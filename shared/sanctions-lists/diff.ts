import type { ListEntry, ListId, SanctionsList } from './list.js';

/** Fields compared between versions; `details` stands for any other field of the source rows (remarks, ids, dates). */
export type ChangedField = 'name' | 'type' | 'programs' | 'aliases' | 'countries' | 'linkedTo' | 'details';

export interface EntryChange {
  id: string;
  fields: ChangedField[];
  before: ListEntry;
  after: ListEntry;
}

/** What a new list version added, removed and changed against the last one. */
export interface ListDiff {
  list: ListId;
  from: string;
  to: string;
  added: ListEntry[];
  removed: ListEntry[];
  changed: EntryChange[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

function changedFields(before: ListEntry, after: ListEntry): ChangedField[] {
  const fields: ChangedField[] = [];
  if (before.name !== after.name) fields.push('name');
  if (before.type !== after.type) fields.push('type');
  if (!sameSet(before.programs, after.programs)) fields.push('programs');
  if (!sameSet(before.aliases.map((a) => `${a.kind}:${a.name}`), after.aliases.map((a) => `${a.kind}:${a.name}`))) fields.push('aliases');
  if (!sameSet(before.countries, after.countries)) fields.push('countries');
  if (!sameSet(before.linkedTo, after.linkedTo)) fields.push('linkedTo');
  if (fields.length === 0 && before.digest !== after.digest) fields.push('details');
  return fields;
}

/** Entries added, removed and changed between two versions of one list, matched by entry id. */
export function diffLists(before: SanctionsList, after: SanctionsList): ListDiff {
  const old = new Map(before.entries.map((e) => [e.id, e]));
  const current = new Set(after.entries.map((e) => e.id));
  const added: ListEntry[] = [];
  const changed: EntryChange[] = [];
  for (const entry of after.entries) {
    const was = old.get(entry.id);
    if (!was) {
      added.push(entry);
      continue;
    }
    const fields = changedFields(was, entry);
    if (fields.length > 0) changed.push({ id: entry.id, fields, before: was, after: entry });
  }
  return {
    list: after.list,
    from: before.version,
    to: after.version,
    added,
    removed: before.entries.filter((e) => !current.has(e.id)),
    changed,
  };
}

/** The counts a diff is summarised by, e.g. as the last line of `tocsin lists diff`. */
export const diffCounts = (diff: ListDiff): { added: number; removed: number; changed: number } => ({
  added: diff.added.length,
  removed: diff.removed.length,
  changed: diff.changed.length,
});

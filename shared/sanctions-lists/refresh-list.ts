import type { Clock, ListFetcher, SanctionsListStore } from '../ports.js';
import { buildList, checkNewVersion, type ListAdapter } from './adapter.js';
import { diffCounts, diffLists, type ListDiff } from './diff.js';
import type { SanctionsList } from './list.js';

export interface RefreshListDeps {
  fetcher: ListFetcher;
  store: SanctionsListStore;
  clock: Clock;
}

export type RefreshOutcome =
  | { status: 'not-modified' }
  | { status: 'first-version'; entries: number }
  | { status: 'updated'; entries: number; counts: { added: number; removed: number; changed: number }; diff: ListDiff; list: SanctionsList };

/**
 * Fetches a list (conditional GET against the stored version's validators), parses and checks the
 * new version, and only then replaces the stored one and records its diff against it. A malformed,
 * too small or shrunken download throws `InvalidListError` and leaves the stored version in place.
 */
export async function refreshList(adapter: ListAdapter, deps: RefreshListDeps): Promise<RefreshOutcome> {
  const stored = await deps.store.current(adapter.list);
  const fetched = await deps.fetcher.fetchFiles(adapter, stored?.validators ?? {});
  if (fetched.status === 'not-modified') return { status: 'not-modified' };
  const next = buildList(adapter, fetched.files, deps.clock.now().toISOString());
  checkNewVersion(adapter, next, stored?.list);
  const diff = stored ? diffLists(stored.list, next) : undefined;
  // The diff is recorded before the list is replaced: a crash in between repeats both on the next run.
  if (diff) await deps.store.recordDiff(diff);
  await deps.store.replace({ list: next, validators: fetched.validators });
  return diff
    ? { status: 'updated', entries: next.entries.length, counts: diffCounts(diff), diff, list: next }
    : { status: 'first-version', entries: next.entries.length };
}

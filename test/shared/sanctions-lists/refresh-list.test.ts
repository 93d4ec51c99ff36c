import { describe, expect, it } from 'vitest';
import type { ListAdapter } from '../../../shared/sanctions-lists/adapter.js';
import { InvalidListError } from '../../../shared/sanctions-lists/errors.js';
import { refreshList } from '../../../shared/sanctions-lists/refresh-list.js';
import type { FetchedListFiles, ListFetcher } from '../../../shared/ports.js';
import { fixedClock } from '../../support/in-memory-ports.js';
import { InMemorySanctionsListStore } from '../../support/sanctions-fakes.js';
import { ofacSdnAdapter } from '../../../shared/sanctions-lists/adapter.js';

const file = (...rows: string[]) => `${rows.join('\r\n')}\r\n\x1A`;
const sdn = (...ids: number[]) => file(...ids.map((id) => `${id},"ENTITY ${id}",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `));
const files = (...ids: number[]) => ({ 'sdn.csv': sdn(...ids), 'alt.csv': file(), 'add.csv': file() });
/** The OFAC adapter with a floor small enough for hand-made versions. */
const adapter: ListAdapter = { ...ofacSdnAdapter, minEntries: 3 };

const fetcherOf = (...answers: FetchedListFiles[]): ListFetcher & { validatorsSeen: unknown[] } => {
  const validatorsSeen: unknown[] = [];
  return {
    validatorsSeen,
    async fetchFiles(_adapter, validators) {
      validatorsSeen.push(validators);
      const next = answers.shift();
      if (!next) throw new Error('no more answers');
      return next;
    },
  };
};

describe('refreshList', () => {
  it('stores the first version without a diff, then diffs the next against it, sending the stored validators', async () => {
    const store = new InMemorySanctionsListStore();
    const fetcher = fetcherOf(
      { status: 'ok', files: files(1, 2, 3), validators: { etag: '"v1"' } },
      { status: 'ok', files: files(1, 2, 3, 4), validators: { etag: '"v2"' } },
    );
    const deps = { store, fetcher, clock: fixedClock('2024-05-03T12:00:00.000Z') };

    expect(await refreshList(adapter, deps)).toEqual({ status: 'first-version', entries: 3 });
    const second = await refreshList(adapter, deps);

    expect(second).toMatchObject({ status: 'updated', entries: 4, counts: { added: 1, removed: 0, changed: 0 } });
    expect(fetcher.validatorsSeen).toEqual([{}, { etag: '"v1"' }]);
    expect(store.diffs.map((d) => d.added.map((e) => e.id))).toEqual([['4']]);
    expect(store.lists.get('us-ofac-sdn')).toMatchObject({ validators: { etag: '"v2"' }, list: { version: '2024-05-03T12:00:00.000Z' } });
  });

  it('leaves the stored list alone when the list is not modified', async () => {
    const store = new InMemorySanctionsListStore();
    const deps = { store, fetcher: fetcherOf({ status: 'ok', files: files(1, 2, 3), validators: {} }, { status: 'not-modified' }), clock: fixedClock() };
    await refreshList(adapter, deps);
    expect(await refreshList(adapter, deps)).toEqual({ status: 'not-modified' });
    expect(store.diffs).toEqual([]);
  });

  it.each([
    ['a truncated download (a row cut short)', { ...files(1, 2, 3, 4), 'sdn.csv': '1,"ENTITY 1",-0- ,"CUBA"\r\n' }],
    ['a version far smaller than the stored one', files(1, 2, 3)],
  ])('never replaces a good list with %s', async (_, broken) => {
    const store = new InMemorySanctionsListStore();
    const good = files(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    const deps = { store, fetcher: fetcherOf({ status: 'ok', files: good, validators: {} }, { status: 'ok', files: broken, validators: {} }), clock: fixedClock() };
    await refreshList(adapter, deps);
    const before = store.lists.get('us-ofac-sdn');

    await expect(refreshList(adapter, deps)).rejects.toThrow(InvalidListError);
    expect(store.lists.get('us-ofac-sdn')).toBe(before);
    expect(store.diffs).toEqual([]);
  });
});

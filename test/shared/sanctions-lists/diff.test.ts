import { describe, expect, it } from 'vitest';
import { diffCounts, diffLists } from '../../../shared/sanctions-lists/diff.js';
import type { ListEntry, SanctionsList } from '../../../shared/sanctions-lists/list.js';
import { readListDir } from '../../../local/cli/lists.js';
import { KIT_OFAC_PRESENT, kitSnapshotDir } from '../../support/sanctions.js';

const entry = (id: string, overrides: Partial<ListEntry> = {}): ListEntry => ({
  id, name: `NAME ${id}`, type: 'entity', programs: ['CUBA'], aliases: [], countries: [], linkedTo: [], digest: 'd', ...overrides,
});
const list = (version: string, entries: ListEntry[]): SanctionsList => ({ list: 'us-ofac-sdn', version, entries, commonWords: [] });

describe('diffLists', () => {
  it('finds added, removed and changed entries by id, naming the fields that changed', () => {
    const before = list('a', [entry('1'), entry('2'), entry('3'), entry('4')]);
    const after = list('b', [
      entry('1'),
      entry('2', { programs: ['CUBA', 'SDGT'], aliases: [{ name: 'X', kind: 'aka' }] }),
      entry('4', { digest: 'other remarks' }),
      entry('5'),
    ]);
    const diff = diffLists(before, after);
    expect(diff).toMatchObject({ from: 'a', to: 'b' });
    expect(diff.added.map((e) => e.id)).toEqual(['5']);
    expect(diff.removed.map((e) => e.id)).toEqual(['3']);
    expect(diff.changed.map((c) => [c.id, c.fields])).toEqual([
      ['2', ['programs', 'aliases']],
      ['4', ['details']],
    ]);
  });

  it('ignores the order of programs and aliases', () => {
    const before = list('a', [entry('1', { programs: ['A', 'B'] })]);
    const after = list('b', [entry('1', { programs: ['B', 'A'] })]);
    expect(diffCounts(diffLists(before, after))).toEqual({ added: 0, removed: 0, changed: 0 });
  });
});

describe.skipIf(!KIT_OFAC_PRESENT)('diffLists on the real snapshots (skipped: ../shared/sanctions is absent)', () => {
  it('finds the 1 May 2024 Russia action: 305 added, most under RUSSIA-EO14024, and 8 removed', async () => {
    const [before, after] = await Promise.all([readListDir(kitSnapshotDir('2024-04-26')), readListDir(kitSnapshotDir('2024-05-03'))]);
    const diff = diffLists(before, after);
    expect(diffCounts(diff)).toMatchObject({ added: 305, removed: 8 });
    expect(diff.added.filter((e) => e.programs.includes('RUSSIA-EO14024'))).toHaveLength(298);
  });
});

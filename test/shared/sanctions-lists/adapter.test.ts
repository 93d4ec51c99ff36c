import { describe, expect, it } from 'vitest';
import { buildList, checkNewVersion, ofacSdnAdapter } from '../../../shared/sanctions-lists/adapter.js';
import { InvalidListError } from '../../../shared/sanctions-lists/errors.js';
import type { SanctionsList } from '../../../shared/sanctions-lists/list.js';

const file = (...rows: string[]) => `${rows.join('\r\n')}\r\n\x1A`;
const sdnRow = (id: number, name: string) => `${id},"${name}",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- `;
const files = (sdn: string) => ({ 'sdn.csv': sdn, 'alt.csv': file('306,220,"aka","GRACEFUL",-0- '), 'add.csv': file() });
const withEntries = (count: number): SanctionsList => ({
  list: 'us-ofac-sdn',
  version: 'v',
  commonWords: [],
  entries: Array.from({ length: count }, (_, i) => ({ id: String(i), name: `E${i}`, type: 'entity', programs: [], aliases: [], countries: [], linkedTo: [], digest: '' })),
});

describe('buildList', () => {
  it('marks the words of its names that are common English words; country names are not', () => {
    const list = buildList(ofacSdnAdapter, files(file(sdnRow(306, 'IRAN NATIONAL BANCO'), sdnRow(536, 'CIMEX'))), '2024-05-03');
    expect(list).toMatchObject({ list: 'us-ofac-sdn', version: '2024-05-03' });
    expect(list.commonWords.sort()).toEqual(['banco', 'graceful', 'national']);
  });

  it('refuses duplicate entry numbers', () => {
    expect(() => buildList(ofacSdnAdapter, files(file(sdnRow(306, 'A'), sdnRow(306, 'B'))), 'v')).toThrow(/1 duplicate entry numbers/);
  });

  it('names a missing file', () => {
    expect(() => buildList(ofacSdnAdapter, { 'sdn.csv': file(sdnRow(306, 'A')) }, 'v')).toThrow(new InvalidListError('us-ofac-sdn: missing alt.csv, add.csv'));
  });
});

describe('checkNewVersion', () => {
  it('accepts a version of the usual size', () => {
    expect(() => checkNewVersion(ofacSdnAdapter, withEntries(14_965), withEntries(14_668))).not.toThrow();
  });

  it('refuses a version smaller than any real one', () => {
    expect(() => checkNewVersion(ofacSdnAdapter, withEntries(120))).toThrow(/120 entries, fewer than the 5000/);
  });

  it('refuses a version that shrank by more than 5% against the last good one', () => {
    expect(() => checkNewVersion(ofacSdnAdapter, withEntries(13_000), withEntries(14_965))).toThrow(/taken for a truncated download/);
  });
});

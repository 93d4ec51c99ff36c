import { describe, expect, it } from 'vitest';
import type { KeptEntry } from '../../../shared/feeds/entry-submission.js';
import { compareWithSeen, entryIdentity, entryVersion, MAX_SEEN_ENTRIES } from '../../../shared/feeds/seen-entries.js';

const entry = (id: string, fields: { title?: string; body?: string; updated?: string } = {}): KeptEntry => ({
  submission: {
    url: `https://news.example.com/${id}`,
    title: fields.title ?? `Title ${id}`,
    body: fields.body ?? 'Body.',
    bodyFormat: 'text',
    summaryOnly: true,
    source: { id: 'feed', name: 'Feed' },
    alerts: true,
  },
  id,
  updated: fields.updated,
  authors: [],
});

describe('entry identity and version', () => {
  it('identifies an entry by its id, not by what it says', () => {
    expect(entryIdentity(entry('a', { title: 'One' }))).toBe(entryIdentity(entry('a', { title: 'Two' })));
    expect(entryIdentity(entry('a'))).not.toBe(entryIdentity(entry('b')));
  });

  it.each([
    ['title', { title: 'Troops deployed (updated)' }],
    ['body', { body: 'More detail.' }],
    ['update time', { updated: '2024-05-07T10:00:00Z' }],
  ])('changes version when the %s changes', (_what, change) => {
    expect(entryVersion(entry('a', change))).not.toBe(entryVersion(entry('a')));
  });
});

describe('compareWithSeen', () => {
  it('finds every entry fresh on a first poll, and remembers them newest first', () => {
    const result = compareWithSeen([entry('a'), entry('b')]);

    expect(result.fresh.map((f) => [f.entry.id, f.changed])).toEqual([['a', false], ['b', false]]);
    expect(result.seenEntries).toEqual([`${entryIdentity(entry('a'))}=${entryVersion(entry('a'))}`, `${entryIdentity(entry('b'))}=${entryVersion(entry('b'))}`]);
  });

  it('passes over unchanged entries and marks changed ones', () => {
    const { seenEntries } = compareWithSeen([entry('a'), entry('b')]);

    const result = compareWithSeen([entry('a'), entry('b', { body: 'Corrected.' }), entry('c')], seenEntries);

    expect(result.unchanged).toBe(1);
    expect(result.fresh.map((f) => [f.entry.id, f.changed])).toEqual([['b', true], ['c', false]]);
  });

  it('sends an entry listed twice in one document once', () => {
    expect(compareWithSeen([entry('a'), entry('a')]).fresh).toHaveLength(1);
  });

  it(`remembers at most ${MAX_SEEN_ENTRIES} entries, this poll's first`, () => {
    const old = compareWithSeen(Array.from({ length: MAX_SEEN_ENTRIES }, (_, i) => entry(`old-${i}`))).seenEntries;

    const result = compareWithSeen([entry('new')], old);

    expect(result.seenEntries).toHaveLength(MAX_SEEN_ENTRIES);
    expect(result.seenEntries[0]).toMatch(new RegExp(`^${entryIdentity(entry('new'))}=`));
    expect(result.seenEntries).not.toContain(old.at(-1));
  });
});

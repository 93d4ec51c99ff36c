import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidFeedError } from '../../../shared/errors.js';
import { FETCHED_AT, parse, type ParsedForTest } from './feed-test-support.js';

const dir = resolve(process.cwd(), '../shared/fixtures/feeds');
const files = existsSync(dir) ? readdirSync(dir).sort() : [];

/** Per-file expectations for the interesting fixtures; every other file must simply parse with entries. */
const expectations: Record<string, (feed: ParsedForTest) => void> = {
  // Declared ISO-8859-1 (Portuguese); mis-decoding would show "NotÃ­cias" or U+FFFD.
  'encoding.rss': (feed) => {
    expect(feed.title).toBe('Jornal de Notícias - Últimas Notícias');
    expect(feed.entries[0]?.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
  },
  // Latin-1 bytes with no declaration at all: the windows-1252 fallback reads them.
  'uolNoticias.rss': (feed) => {
    expect(feed.entries[0]?.title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    // "Seg, 24 Set 2018" is Portuguese and does not parse: the date stays unknown, the fetch time is kept apart.
    expect(feed.entries.every((e) => e.publishedAt === undefined && e.fetchedAt === FETCHED_AT.toISOString())).toBe(true);
  },
  'rss-1.rss': (feed) => {
    expect(feed.format).toBe('rdf');
    expect(feed.entries).toHaveLength(69);
    expect(feed.entries[0]).toMatchObject({ title: 'Food for fungi', publishedAt: expect.any(String) });
  },
  'craigslist.rss': (feed) => expect(feed.format).toBe('rdf'),
  'gulp-atom.atom': (feed) => {
    expect(feed.format).toBe('atom');
    expect(feed.entries[0]?.url).toBe('https://github.com/gulpjs/gulp/releases/tag/v3.9.0');
  },
  'heraldsun.rss': (feed) => {
    // RSS 0.92 without dates.
    expect(feed.entries.map((e) => e.publishedAt)).toEqual([undefined, undefined]);
  },
  // Its only entry has nothing but an id: kept, untitled, under that id.
  'missing-fields.atom': (feed) => {
    expect(feed.entries).toEqual([
      expect.objectContaining({ title: 'Untitled entry', titleDerived: true, url: 'https://import.invalid/test-feed/tag%3Agithub.com%2C2008%3ARepository%2F11167738%2Fv3.9.0' }),
    ]);
    expect(feed.rejected).toEqual([]);
  },
  // Its only entry is an empty <author/>, which the parser drops: a valid feed with nothing to ingest.
  'incomplete-fields.atom': (feed) => {
    expect(feed.format).toBe('atom');
    expect(feed.entries).toEqual([]);
  },
  'content-encoded.rss': (feed) => expect(feed.entries.every((e) => !e.summaryOnly && e.bodyFormat === 'html')).toBe(true),
  'many-links.rss': (feed) => expect(feed.format).toBe('atom'),
  'giantbomb-podcast.rss': (feed) => expect(feed.entries).toHaveLength(730),
};

const rejections: Record<string, RegExp> = {
  'unrecognized.rss': /HTML page \(<head>\), not a feed/,
};

const urlFor = (file: string) => (file === 'gulp-atom.atom' ? 'https://github.com/gulpjs/gulp/releases.atom' : `https://feeds.example.com/${file}`);

describe.skipIf(files.length === 0)('kit feed fixtures in ../shared/fixtures/feeds (skipped when absent, as in users\' clones)', () => {
  it('holds the 31 expected files', () => {
    expect(files).toHaveLength(31);
    for (const name of [...Object.keys(expectations), ...Object.keys(rejections)]) expect(files).toContain(name);
  });

  it.each(files)('%s parses or is rejected with a clear reason', (file) => {
    const body = readFileSync(resolve(dir, file));
    const rejection = rejections[file];

    if (rejection) {
      expect(() => parse(body, { url: urlFor(file) })).toThrow(InvalidFeedError);
      expect(() => parse(body, { url: urlFor(file) })).toThrow(rejection);
      return;
    }
    const feed = parse(body, { url: urlFor(file) });
    for (const entry of feed.entries) {
      expect(entry.url).toMatch(/^https?:\/\//);
      expect(entry.title.trim()).not.toBe('');
      expect(entry.fetchedAt).toBe(FETCHED_AT.toISOString());
      if (entry.publishedAt !== undefined) expect(Date.parse(entry.publishedAt)).not.toBeNaN();
    }
    for (const { reason } of feed.rejected) expect(reason).toMatch(/^entry \d+: \S/);
    const expectation = expectations[file];
    if (expectation) expectation(feed);
    else expect(feed.entries.length).toBeGreaterThan(0);
  });
});

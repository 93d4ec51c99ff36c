import { describe, expect, it } from 'vitest';
import { ownFixture, parse, rss } from './feed-test-support.js';

/*
 * One feed per case the Universal Feed Parser's suite is known for, written for Tocsin: what each
 * entry keeps (title, link, id, summary, dates as written, authors) and what becomes its submission.
 */

describe('parseFeed keeps every entry that has something to read', () => {
  const feed = parse(ownFixture('untitled-items.rss'));

  it('makes a headline from the first sentence of an untitled entry, marked as derived', () => {
    expect(feed.entries[0]).toMatchObject({
      title: 'Russia moved two more battalions to the Belarus border on Monday, the Ukrainian defence ministry said.',
      titleDerived: true,
      url: 'https://wire.example.com/flashes/1001',
    });
  });

  it('cuts a long first sentence at a word, reading HTML as text', () => {
    const title = feed.entries[1]!.title;

    expect(title).toMatch(/^The EU froze the assets of three shipping companies .*…$/);
    expect(title.length).toBeLessThanOrEqual(141);
  });

  it('titles an entry with only a link by its address, for the page to be fetched', () => {
    expect(feed.entries[2]).toMatchObject({ title: 'wire.example.com/flashes/1003', titleDerived: true, summaryOnly: true });
  });

  it('keeps an entry that has only an id, under its identity, as an untitled entry', () => {
    expect(feed.entries[3]).toMatchObject({ title: 'Untitled entry', titleDerived: true, url: 'https://import.invalid/test-feed/wire-1004', summaryOnly: false });
    expect(feed.rejected).toEqual([]);
  });

  it('rejects only an entry with nothing of its own (here, just a category)', () => {
    const empty = parse(rss('<item><category>Defence</category></item><item><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate></item>'));

    expect(empty.rejected).toEqual([{ index: 0, reason: 'entry 0: empty entry: no title, text, link, id, date or author' }]);
    expect(empty.kept).toEqual([expect.objectContaining({ published: 'Thu, 01 Jan 2004 19:48:21 GMT', submission: expect.objectContaining({ publishedAt: '2004-01-01T19:48:21.000Z' }) })]);
  });

  it('gives entries that differ only in their dates different identities', () => {
    const dated = parse(rss('<item><pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate></item><item><pubDate>Fri, 02 Jan 2004 19:48:21 GMT</pubDate></item>'));

    expect(new Set(dated.entries.map((e) => e.url)).size).toBe(2);
  });
});

describe('parseFeed links an entry without <link> by its permalink guid, or a stable identity', () => {
  const feed = parse(ownFixture('permalink-guid-only.rss'));

  it('takes a permalink guid as the link, resolving a relative one against xml:base', () => {
    expect(feed.entries.slice(0, 2).map((e) => e.url)).toEqual(['https://news.example.org/world/2024/05/drills', 'https://news.example.org/world/2024/05/relative']);
    expect(feed.kept[1]?.id).toBe('https://news.example.org/world/2024/05/relative');
  });

  it('gives an entry with an opaque guid the identity an imported record gets, and does not try to fetch it', () => {
    expect(feed.entries[2]).toMatchObject({
      url: 'https://import.invalid/test-feed/c6f1a2e0-7d1b-4a52-9f0e-000000000001',
      summaryOnly: false,
      guid: 'c6f1a2e0-7d1b-4a52-9f0e-000000000001',
    });
  });

  it('resolves the feed link against xml:base', () => {
    expect(feed.link).toBe('https://news.example.org/world/');
  });
});

describe('parseFeed reads namespaced elements where core ones are missing', () => {
  const feed = parse(ownFixture('namespaced-fields.rss'));

  it.each([
    ['dc:title as the feed title', () => feed.title, 'Defence Weekly'],
    ['an atom:link as the feed link', () => feed.link, 'https://defence.example.com/'],
    ['dc:title as the entry title', () => feed.entries[0]?.title, 'Sanctions on drone makers widened'],
    ['dc:description as the summary', () => feed.kept[0]?.summary, 'The Treasury added four drone makers to its sanctions list.'],
    ['dcterms:issued as the publication date, as written', () => feed.kept[0]?.published, '2024-05-06T08:00:00Z'],
    ['dcterms:modified as the update date, as written', () => feed.kept[0]?.updated, '2024-05-06T11:30:00Z'],
    ['itunes:summary as the summary', () => feed.kept[1]?.summary, 'How tankers evade the oil price cap, with two former sanctions officials.'],
    ['dc:date as the update date', () => feed.kept[1]?.updated, '2024-05-07T06:00:00+02:00'],
    ['media:description (on a media:content) as the summary', () => feed.kept[2]?.summary, 'British soldiers arrive at Tapa base for a NATO rotation.'],
  ])('%s', (_what, actual, expected) => {
    expect(actual()).toBe(expected);
  });

  it('reads authors from dc:creator, itunes:author and an RSS "email (name)" author', () => {
    expect(feed.kept.map((e) => e.authors)).toEqual([
      [{ name: 'Jane Doe' }],
      [{ name: 'Defence Weekly' }],
      [{ name: 'News Desk', email: 'desk@defence.example.com' }],
    ]);
  });

  it('dates the submission from dcterms:issued, and an entry with only dc:date from that', () => {
    expect(feed.entries.map((e) => [e.publishedAt, e.updatedAt])).toEqual([
      ['2024-05-06T08:00:00.000Z', '2024-05-06T11:30:00.000Z'],
      ['2024-05-07T04:00:00.000Z', '2024-05-07T04:00:00.000Z'],
      ['2024-05-08T09:00:00.000Z', undefined],
    ]);
  });
});

describe('parseFeed resolves against xml:base, Content-Location and the document URL', () => {
  const feed = parse(ownFixture('xml-base.atom'), { url: 'https://cdn.example.com/feed' });

  it('resolves links and relative ids through nested xml:base', () => {
    expect(feed.entries[0]?.url).toBe('https://atom.example.net/news/europe/package.html');
    expect(feed.kept[0]?.id).toBe('https://atom.example.net/news/europe/2024/package');
  });

  it("resolves an author's page, and keeps every author", () => {
    expect(feed.kept[0]?.authors).toEqual([
      { name: 'Ana Pérez', email: 'ana@atom.example.net', href: 'https://atom.example.net/staff/ana' },
      { name: 'John Smith' },
    ]);
  });

  it('reads html and xhtml text constructs as plain text, and a text one literally', () => {
    expect(feed.title).toBe('Bases & ids');
    expect(feed.entries[0]?.title).toBe('Ministers agree new package');
    expect(feed.kept[0]?.summary).toBe('The fourteenth package targets LNG.');
    expect(feed.kept[1]?.summary).toBe('Plain text, with a literal <tag> in it.');
  });

  it('takes an http(s) Atom id as the link when there is no alternate link', () => {
    expect(feed.entries[1]?.url).toBe('https://atom.example.net/news/id-only');
  });

  it('uses the Content-Location header as the base, over the URL the feed came from', () => {
    const located = parse(ownFixture('content-location.atom'), { url: 'https://cdn.example.com/feeds/atom', contentLocation: 'https://site.example.com/news/feed.atom' });

    expect(located.entries[0]?.url).toBe('https://site.example.com/news/items/42.html');
    expect(located.kept[0]?.id).toBe('https://site.example.com/news/items/42');
    expect(located.link).toBe('https://site.example.com/');
  });

  it('resolves a relative Content-Location against the URL, and falls back to the URL without one', () => {
    expect(parse(ownFixture('content-location.atom'), { url: 'https://cdn.example.com/feeds/atom', contentLocation: '/mirror/' }).entries[0]?.url).toBe(
      'https://cdn.example.com/mirror/items/42.html',
    );
    expect(parse(ownFixture('content-location.atom'), { url: 'https://cdn.example.com/feeds/atom' }).entries[0]?.url).toBe('https://cdn.example.com/feeds/items/42.html');
  });

  it('leaves an id that is not a permalink as written', () => {
    const opaque = parse(rss('<item><title>T</title><link>https://example.com/t</link><guid isPermaLink="false">items/7</guid></item>'));

    expect(opaque.kept[0]?.id).toBe('items/7');
  });
});

describe('parseFeed reads a namespace-prefixed root', () => {
  it('reads <rss:rss> with every element prefixed', () => {
    const feed = parse(ownFixture('prefixed-root.rss'));

    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Prefixed RSS');
    expect(feed.entries).toEqual([
      expect.objectContaining({ title: 'Embargo extended by a year', url: 'https://prefixed.example.com/embargo', publishedAt: '2024-05-09T12:00:00.000Z' }),
    ]);
    expect(feed.warnings).toEqual([]);
  });
});

describe('parseFeed recovers an ill-formed feed', () => {
  const feed = parse(ownFixture('ill-formed.rss'));

  it('reads HTML entities, bare ampersands and a misspelt end tag, and says it read leniently', () => {
    expect(feed.title).toBe('Q&A desk');
    expect(feed.entries.map((e) => [e.title, e.url])).toEqual([
      ['Troops & tanks cross the border', 'https://ill.example.com/a?id=1&page=2'],
      ['Second item still read', 'https://ill.example.com/b'],
    ]);
    expect(feed.kept[0]?.summary).toBe('Forces crossed at dawn, officials said.');
    expect(feed.warnings).toEqual(['feed is not well-formed XML (Invalid feed format: Unexpected end of description): read leniently']);
  });
});

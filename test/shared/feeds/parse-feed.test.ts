import { describe, expect, it } from 'vitest';
import { ArticleSubmissionSchema } from '../../../shared/article/article.js';
import { MAX_FEED_ENTRIES } from '../../../shared/feeds/feed-limits.js';
import { FETCHED_AT, SOURCE, ownFixture, parse, rss } from './feed-test-support.js';

describe('parseFeed: entry mapping', () => {
  it('maps an RSS 2.0 item to a submission that the articles queue accepts', () => {
    const feed = parse(
      rss(`<item><title> Troops  deployed </title><link>https://example.com/a</link>
        <description>&lt;p&gt;Teaser&lt;/p&gt;</description><guid>abc-1</guid>
        <pubDate>Tue, 07 May 2024 08:00:00 GMT</pubDate></item>`),
    );

    expect(feed.format).toBe('rss');
    expect(feed.entries).toEqual([
      {
        url: 'https://example.com/a',
        title: 'Troops deployed',
        body: '<p>Teaser</p>',
        bodyFormat: 'html',
        summaryOnly: true,
        publishedAt: '2024-05-07T08:00:00.000Z',
        fetchedAt: FETCHED_AT.toISOString(),
        alerts: true,
        source: SOURCE,
        guid: 'abc-1',
      },
    ]);
    expect(ArticleSubmissionSchema.parse(feed.entries[0])).toEqual(feed.entries[0]);
  });

  it('prefers content:encoded over the description and marks the entry as full content', () => {
    const feed = parse(
      `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
        <item><title>Full</title><link>https://example.com/full</link><description>Teaser</description>
        <content:encoded><![CDATA[<p>The whole article.</p>]]></content:encoded></item></channel></rss>`,
    );

    expect(feed.entries[0]).toMatchObject({ body: '<p>The whole article.</p>', bodyFormat: 'html', summaryOnly: false });
  });

  it('keeps a plain-text description as text', () => {
    const feed = parse(rss('<item><title>Plain</title><link>https://example.com/p</link><description>Just words &amp; more.</description></item>'));

    expect(feed.entries[0]).toMatchObject({ body: 'Just words & more.', bodyFormat: 'text', summaryOnly: true });
  });

  it('leaves entries without a usable date undated, with the fetch time recorded apart', () => {
    const feed = parse(ownFixture('no-guid.rss'));

    expect(feed.entries.map((e) => [e.title, e.publishedAt, e.fetchedAt])).toEqual([
      ['First', '2024-05-07T08:00:00.000Z', FETCHED_AT.toISOString()],
      ['Second', undefined, FETCHED_AT.toISOString()],
      ['An item with a description only.', undefined, FETCHED_AT.toISOString()],
    ]);
  });

  it('maps entries that have no guid (dedupe relies on URL and content, not guid)', () => {
    const feed = parse(ownFixture('no-guid.rss'));

    expect(feed.entries.map((e) => e.url)).toEqual(['https://example.com/first', 'https://example.com/second', 'https://example.com/untitled']);
    expect(feed.entries.every((e) => e.guid === undefined)).toBe(true);
  });

  it('keeps an entry without a title, with a headline from its first sentence marked as derived', () => {
    const feed = parse(ownFixture('no-guid.rss'));

    expect(feed.rejected).toEqual([]);
    expect(feed.entries[2]).toMatchObject({ title: 'An item with a description only.', titleDerived: true });
    expect(feed.entries[0]).not.toHaveProperty('titleDerived');
  });

  it('keeps an entry without a link under a stable identity, and rejects a non-http link', () => {
    const feed = parse(
      rss(`<item><title>No link</title><description>x</description></item>
        <item><title>Script</title><link>javascript:alert(1)</link></item>
        <item><title>Kept</title><link>https://example.com/kept</link></item>`),
    );

    expect(feed.entries.map((e) => e.title)).toEqual(['No link', 'Kept']);
    expect(feed.entries[0]?.url).toMatch(/^https:\/\/import\.invalid\/test-feed\/content-[0-9a-f]{32}$/);
    expect(feed.rejected).toEqual([{ index: 1, reason: 'entry 1: link "javascript:alert(1)" is not an http(s) URL' }]);
  });

  it('turns a schema violation into a rejection carrying the zod message, not a crash', () => {
    const feed = parse(rss(`<item><title>${'x'.repeat(1_001)}</title><link>https://example.com/long</link></item>`));

    expect(feed.entries).toEqual([]);
    expect(feed.rejected[0]?.reason).toMatch(/^entry 0: title: Too big: expected string to have <=1000 characters/);
  });

  it('uses a permalink guid as the link when the item has no <link>', () => {
    const feed = parse(
      rss(`<item><title>Permalink</title><guid>https://example.com/permalink</guid></item>
        <item><title>Not a permalink</title><guid isPermaLink="false">https://example.com/opaque</guid></item>`),
    );

    expect(feed.entries.map((e) => e.url)).toEqual(['https://example.com/permalink', 'https://import.invalid/test-feed/https%3A%2F%2Fexample.com%2Fopaque']);
    expect(feed.rejected).toEqual([]);
  });

  it('resolves relative links against the final URL and against xml:base, preferring the alternate link', () => {
    const feed = parse(ownFixture('relative-links.atom'), { url: 'https://feeds.example.net/world.atom' });

    expect(feed.entries.map((e) => e.url)).toEqual([
      'https://news.example.org/world/2024/05/troops',
      'https://news.example.org/europe/sanctions',
      'https://news.example.org/undated',
      // Its only link is an enclosure and its id is a URN: a stable identity keeps it.
      'https://import.invalid/test-feed/urn%3Aexample%3A4',
    ]);
    expect(feed.rejected).toEqual([]);
  });

  it('resolves a relative RSS link against the final URL after redirects', () => {
    const feed = parse(rss('<item><title>Rel</title><link>/news/1</link></item>'), { url: 'https://www.example.com/rss/all' });

    expect(feed.entries[0]?.url).toBe('https://www.example.com/news/1');
  });

  it('reads Atom content types: html content is html, the entry without a date is marked', () => {
    const feed = parse(ownFixture('relative-links.atom'));

    expect(feed.entries[1]).toMatchObject({ body: '<p>Full <em>content</em>.</p>', bodyFormat: 'html', summaryOnly: false });
    expect(feed.entries[2]).toMatchObject({ body: undefined, summaryOnly: true });
    expect(feed.entries[2]?.publishedAt).toBeUndefined();
  });

  it('parses JSON Feed: content_html is full content, summary is a teaser, relative url resolves', () => {
    const feed = parse(ownFixture('json-feed.json'), { url: 'https://example.com/feed.json' });

    expect(feed.format).toBe('json');
    expect(feed.title).toBe('Example JSON Feed');
    expect(feed.entries).toMatchObject([
      { url: 'https://example.com/2024/sanctions', bodyFormat: 'html', summaryOnly: false, publishedAt: '2024-03-04T08:30:00.000Z' },
      { url: 'https://example.com/2024/teaser', body: 'A short teaser with no full content.', bodyFormat: 'text', summaryOnly: true, publishedAt: undefined },
    ]);
  });

  it('drops a GUID too long for the schema instead of the whole entry', () => {
    const feed = parse(rss(`<item><title>Long guid</title><link>https://example.com/g</link><guid isPermaLink="false">${'g'.repeat(2_001)}</guid></item>`));

    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0]?.guid).toBeUndefined();
  });

  it(`takes at most ${MAX_FEED_ENTRIES} entries and reports the rest as one rejection`, () => {
    const items = Array.from({ length: MAX_FEED_ENTRIES + 5 }, (_, i) => `<item><title>n${i}</title><link>https://example.com/${i}</link></item>`);

    const feed = parse(rss(items.join('')));

    expect(feed.entries).toHaveLength(MAX_FEED_ENTRIES);
    expect(feed.rejected).toEqual([
      { index: MAX_FEED_ENTRIES, reason: `entries ${MAX_FEED_ENTRIES} to ${MAX_FEED_ENTRIES + 4}: over the ${MAX_FEED_ENTRIES}-entry limit per feed` },
    ]);
  });
});

describe('parseFeed: charsets', () => {
  it('decodes ISO-8859-2 named in the XML declaration', () => {
    const feed = parse(ownFixture('latin2.rss'));

    expect(feed.title).toBe('Wiadomości z Łodzi');
    expect(feed.entries[0]?.title).toBe('Żołnierze przybyli do Gdańska');
  });

  it('decodes GB2312 named in the XML declaration', () => {
    const feed = parse(ownFixture('gb2312.rss'));

    expect(feed.title).toBe('新闻频道');
    expect(feed.entries[0]?.title).toBe('制裁措施扩大');
  });

  it('lets the HTTP charset outrank the XML declaration (RFC 7303)', () => {
    const body = new TextEncoder().encode(rss('<item><title>Ünïcödé</title><link>https://example.com/u</link></item>').replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="ISO-8859-1"?>'));

    const feed = parse(body, { contentType: 'application/rss+xml; charset=utf-8' });

    expect(feed.entries[0]?.title).toBe('Ünïcödé');
  });
});

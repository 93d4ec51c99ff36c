import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { InvalidFeedError } from '../../../shared/errors.js';
import { MAX_FEED_BYTES, MAX_JSON_DEPTH } from '../../../shared/feeds/feed-limits.js';
import { ownFixture, parse, rss } from './feed-test-support.js';

function rejectionOf(body: Uint8Array | string): InvalidFeedError {
  try {
    parse(body);
  } catch (error) {
    if (error instanceof InvalidFeedError) return error;
    throw error;
  }
  throw new Error('expected the feed to be rejected');
}

describe('parseFeed refuses hostile and broken documents with a clear reason', () => {
  it.each([
    ['billion laughs', 'billion-laughs.rss', /DTD internal subset/],
    ['an external entity reading file:///etc/passwd', 'external-entity.rss', /DTD internal subset/],
    ['an HTML page served as a feed', 'html-page.html', /^document is an HTML page \(<html>\), not a feed$/],
    ['plain text', 'not-xml.txt', /^feed is neither XML nor JSON$/],
    ['a <length> element (feedsmith Array.from trick)', 'length-element.rss', /<length> element/],
  ])('%s', (_, fixture, reason) => {
    expect(rejectionOf(ownFixture(fixture)).message).toMatch(reason);
  });

  it('an empty document', () => {
    expect(rejectionOf('  \n ').message).toBe('feed is empty');
  });

  it(`a document over ${MAX_FEED_BYTES} bytes, before decoding it`, () => {
    expect(rejectionOf(new Uint8Array(MAX_FEED_BYTES + 1)).message).toBe(`feed is ${MAX_FEED_BYTES + 1} bytes, over the ${MAX_FEED_BYTES}-byte limit`);
  });

  it('XML nested deeper than the parser allows (150 levels)', () => {
    expect(rejectionOf(ownFixture('deeply-nested.rss')).message).toMatch(/^feed is not valid RSS: Invalid feed format: .*nested/i);
  });

  it('XML nested 10,000 levels deep, quickly', () => {
    const deep = `<rss version="2.0"><channel><title>x</title><item>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</item></channel></rss>`;

    expect(rejectionOf(deep).message).toMatch(/nested/i);
  });

  it(`JSON nested deeper than ${MAX_JSON_DEPTH} levels, before parsing`, () => {
    const deep = `{"version":"https://jsonfeed.org/version/1.1","title":"x","items":[],"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;

    expect(rejectionOf(deep).message).toBe(`JSON feed nests deeper than ${MAX_JSON_DEPTH} levels`);
  });

  it('a JSON "length" key (feedsmith Array.from trick)', () => {
    const body = '{"version":"https://jsonfeed.org/version/1.1","title":"x","items":{"length":4000000000}}';

    expect(rejectionOf(body).message).toMatch(/"length" key/);
  });

  it('invalid JSON', () => {
    expect(rejectionOf('{"version": "https://jsonfeed.org/version/1.1", "items": [').message).toMatch(/^feed is not valid JSON: /);
  });

  it('a JSON array', () => {
    expect(rejectionOf('[{"title": "x"}]').message).toMatch(/^a JSON array is not a JSON Feed/);
  });

  it('JSON that is not a JSON Feed', () => {
    expect(rejectionOf('{"hello": "world"}').message).toMatch(/^not a JSON Feed/);
  });

  it('an XML root that is not a feed', () => {
    expect(rejectionOf('<?xml version="1.0"?><opml version="2.0"><body/></opml>').message).toBe(
      'unrecognised feed: root element <opml> is not <rss>, <feed> (Atom) or <rdf:RDF>',
    );
  });

});

describe('parseFeed reads damaged XML leniently and says what it recovered', () => {
  it('keeps the whole entries of a feed cut off mid-entry, and rejects the partial one', () => {
    const feed = parse(ownFixture('truncated.rss'));

    expect(feed.entries.map((e) => e.title)).toEqual(['Complete entry']);
    expect(feed.rejected).toEqual([{ index: 1, reason: 'entry 1: cut off where the document ends early' }]);
    expect(feed.warnings).toEqual(['feed is cut off before its closing </rss>: read leniently']);
  });

  it('reads mismatched tags as a lenient parser would, closing what was left open', () => {
    const feed = parse(
      rss(`<item><title>Troops deployed</title><link>https://example.com/t</link><description>A misspelt end tag</descripton></item>
        <item><title>Second</title><link>https://example.com/2</link></item>`),
    );

    expect(feed.entries.map((e) => e.title)).toEqual(['Troops deployed', 'Second']);
    expect(feed.kept[0]?.summary).toBe('A misspelt end tag');
    expect(feed.warnings).toEqual([expect.stringMatching(/^feed is not well-formed XML \(.+\): read leniently$/)]);
  });

  it('escapes a bare ampersand and keeps entity references', () => {
    const feed = parse(rss('<item><title>Guns & butter &amp; more</title><link>https://example.com/a?x=1&y=2</link></item>'));

    expect(feed.entries[0]).toMatchObject({ title: 'Guns & butter & more', url: 'https://example.com/a?x=1&y=2' });
  });

  it('says nothing when the document was well-formed', () => {
    expect(parse(rss('<item><title>Fine</title><link>https://example.com/f</link></item>')).warnings).toEqual([]);
  });
});

describe('XML entities are never expanded', () => {
  it('feedsmith leaves declared entities unexpanded (pins the behaviour the DOCTYPE guard backs up)', () => {
    const text = new TextDecoder().decode(ownFixture('billion-laughs.rss'));

    const feed = parseRssFeed(text);

    expect(feed.title).toBe('&lol9;');
  });

  it('a DOCTYPE hidden after the root element is not expanded either', () => {
    const feed = parse(ownFixture('doctype-inside-channel.rss'));

    expect(feed.title).toBe('Late DOCTYPE &c;');
    expect(feed.entries[0]?.title).toBe('Entry &c;');
  });

  it('an external DOCTYPE without an internal subset (RSS 0.91) is accepted and not fetched', () => {
    const feed = parse(ownFixture('rss-091-doctype.rss'));

    expect(feed.entries.map((e) => e.url)).toEqual(['https://example.com/0.91/troops']);
  });
});

describe('JSON Feed with wrong types', () => {
  it('keeps well-formed items and rejects the rest with reasons', () => {
    const feed = parse(ownFixture('json-wrong-types.json'), { url: 'https://example.com/feed.json' });

    expect(feed.entries.map((e) => e.url)).toEqual([
      'https://example.com/numeric-id',
      // feedsmith coerces the number 42 to the relative reference "42".
      'https://example.com/42',
      'https://example.com/title-object',
      'https://example.com/bad-date',
    ]);
    // A title that is not a string is no title: one is made from the summary.
    expect(feed.entries[2]).toMatchObject({ title: 'Title is an object.', titleDerived: true });
    // An unparseable date leaves the entry undated; feedsmith takes the first element of an array summary.
    expect(feed.entries[3]).toMatchObject({ publishedAt: undefined, body: 'not', summaryOnly: true });
    expect(feed.rejected).toEqual([{ index: 3, reason: 'entry 3: link "javascript:alert(1)" is not an http(s) URL' }]);
  });
});

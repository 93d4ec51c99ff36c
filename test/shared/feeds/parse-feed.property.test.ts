import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSubmissionSchema } from '../../../shared/article/article.js';
import { InvalidFeedError } from '../../../shared/errors.js';
import { bytes, parse } from './feed-test-support.js';

const SEEDS = [
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Seed</title>
   <item><title>One</title><link>https://example.com/1</link><description>&lt;p&gt;a&lt;/p&gt;</description><pubDate>Tue, 07 May 2024 08:00:00 GMT</pubDate><guid>g1</guid></item>
   <item><title><![CDATA[Two]]></title><link>/2</link><content:encoded><![CDATA[<p>b</p>]]></content:encoded></item></channel></rss>`,
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/"><title>Seed</title><id>urn:x</id><updated>2024-05-01T12:00:00Z</updated>
   <entry><title type="html">One</title><id>urn:1</id><link href="one"/><updated>2024-05-01T12:00:00Z</updated><content type="html">&lt;b&gt;x&lt;/b&gt;</content></entry></feed>`,
  `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <channel rdf:about="https://example.com/"><title>Seed</title><link>https://example.com/</link><description>d</description></channel>
   <item rdf:about="https://example.com/1"><title>One</title><link>https://example.com/1</link><dc:date>2024-05-01T12:00:00Z</dc:date></item></rdf:RDF>`,
  `{"version":"https://jsonfeed.org/version/1.1","title":"Seed","items":[{"id":"1","url":"https://example.com/1","title":"One","content_html":"<p>x</p>","date_published":"2024-05-01T12:00:00Z"}]}`,
];

/** Fragments that break parsers: entity tricks, DTDs, CDATA edges, stray closers, JSON punctuation, control and odd Unicode. */
const HOSTILE = [
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>', '<!ENTITY', '&a;', '&lol9;', '&#0;', '&#x110000;', '&amp', '<![CDATA[', ']]>', '<!--', '-->',
  '<?xml version="1.0" encoding="utf-16"?>', '<length>9999999999</length>', '<item>', '</item>', '</channel>', '</rss>', '<rss>', '<feed>',
  '<a:b xmlns:a="x">', '<title/>', '<link href="javascript:alert(1)"/>', '<link>//evil.example/x</link>', '\u0000', '\uFFFE', '\uD800', '\u202E',
  '{', '}', '[', ']', '"', '\\', '"items":', '"length":', '"__proto__":', ':', ',', 'null', '1e999', '-0', '\n', ' ', '"url":"http://[::1"',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 20 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }), times: fc.integer({ min: 2, max: 30 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'truncate':
      return text.slice(0, at);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'repeat':
      return text.slice(0, at) + text.slice(at, at + m.length).repeat(m.times) + text.slice(at + m.length);
  }
}

const mutatedSeed = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 1, maxLength: 6 }))
  .map(([seed, mutations]) => bytes(mutations.reduce(mutate, seed)));

const tokenSoup = fc.array(fc.constantFrom(...HOSTILE, 'x', 'Title', 'https://example.com/'), { maxLength: 80 }).map((parts) => bytes(parts.join('')));

const jsonFeedWithWrongTypes = fc
  .record({
    version: fc.oneof(fc.constant('https://jsonfeed.org/version/1.1'), fc.jsonValue()),
    title: fc.jsonValue({ maxDepth: 2 }),
    items: fc.oneof(
      fc.array(
        fc.record(
          { id: fc.jsonValue({ maxDepth: 1 }), url: fc.oneof(fc.webUrl(), fc.jsonValue({ maxDepth: 1 })), title: fc.jsonValue({ maxDepth: 1 }), content_html: fc.jsonValue({ maxDepth: 1 }), summary: fc.jsonValue({ maxDepth: 1 }), date_published: fc.oneof(fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())), fc.string()) },
          { requiredKeys: [] },
        ),
        { maxLength: 5 },
      ),
      fc.jsonValue({ maxDepth: 3 }),
    ),
  })
  .map((feed) => bytes(JSON.stringify(feed)));

const randomBytes = fc.uint8Array({ maxLength: 2_000 });

const contentType = fc.option(
  fc.oneof(fc.constantFrom('application/rss+xml; charset=utf-8', 'text/xml; charset=gb2312', 'text/xml; charset=x-unknown', 'application/json; charset=utf-16'), fc.string({ maxLength: 30 })),
  { nil: undefined },
);

describe('parseFeed never crashes or hangs on malformed input', () => {
  it('1,600 generated malformed feeds: a valid result or InvalidFeedError with a message', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(fc.oneof(mutatedSeed, mutatedSeed, tokenSoup, jsonFeedWithWrongTypes, randomBytes), contentType, (body, type) => {
        let feed;
        try {
          feed = parse(body, { contentType: type });
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidFeedError);
          expect((error as Error).message.trim()).not.toBe('');
          return;
        }
        for (const entry of feed.entries) expect(ArticleSubmissionSchema.safeParse(entry).success).toBe(true);
        for (const { reason } of feed.rejected) expect(reason).toMatch(/^(?:entry|entries) \d+[^:]*: \S/);
      }),
      { numRuns: 1_600, seed: 20240601 },
    );
  });
});

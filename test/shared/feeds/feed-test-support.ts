import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArticleSubmission } from '../../../shared/article/article.js';
import type { KeptEntry } from '../../../shared/feeds/entry-submission.js';
import { parseFeed, type ParsedFeed } from '../../../shared/feeds/parse-feed.js';

export const FETCHED_AT = new Date('2024-06-01T12:00:00.000Z');
export const SOURCE = { id: 'test-feed', name: 'Test Feed' };
export const OWN_FIXTURES = resolve(process.cwd(), 'test/fixtures/feeds');

export const ownFixture = (name: string): Uint8Array => readFileSync(resolve(OWN_FIXTURES, name));
export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A parsed feed with its kept entries' submissions as `entries` (what the queue receives) and the entries themselves as `kept`. */
export type ParsedForTest = Omit<ParsedFeed, 'entries'> & { entries: ArticleSubmission[]; kept: KeptEntry[] };

export function parse(
  body: Uint8Array | string,
  options: { url?: string; contentType?: string; contentLocation?: string } = {},
): ParsedForTest {
  const feed = parseFeed(
    {
      body: typeof body === 'string' ? bytes(body) : body,
      url: options.url ?? 'https://example.com/feed.xml',
      contentType: options.contentType,
      contentLocation: options.contentLocation,
    },
    { source: SOURCE, fetchedAt: FETCHED_AT },
  );
  return { ...feed, entries: feed.entries.map((entry) => entry.submission), kept: feed.entries };
}

export const rss = (items: string, channel = '<title>T</title>'): string =>
  `<?xml version="1.0"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;

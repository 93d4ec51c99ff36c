import { describe, expect, it } from 'vitest';
import type { FeedConfig } from '../../../shared/feeds/feed-config.js';
import type { FetchedFeed } from '../../../shared/ports.js';
import { pollFeed, type PollFeedDeps } from '../../../shared/use-cases/poll-feed.js';
import {
  fixedClock,
  InMemoryFeedStateStore,
  RecordingArticleQueue,
  ScriptedFeedFetcher,
} from '../../support/in-memory-ports.js';

const FEED: FeedConfig = { id: 'example-world', name: 'Example World', url: 'https://news.example.com/world/rss' };
const NOW = '2019-03-25T09:00:00.000Z';
const LATER = '2019-03-25T09:15:00.000Z';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Example World</title>
    <link>https://news.example.com/world</link>
    <description>World news</description>
    <item>
      <title>US sanctions Venezuela’s development bank</title>
      <link>https://news.example.com/world/venezuela-bandes</link>
      <description>The Trump administration has imposed crippling sanctions on the Opec nation’s oil industry.</description>
      <pubDate>Mon, 25 Mar 2019 08:00:00 GMT</pubDate>
    </item>
    <item>
      <title>An entry without a link</title>
      <description>Nothing to point at.</description>
    </item>
    <item>
      <title>Russian planes land in Caracas</title>
      <link>/world/russia-planes-caracas</link>
      <description>Two Russian military planes delivered troops and equipment to Venezuela.</description>
    </item>
  </channel>
</rss>`;

const okFeed = (overrides: Partial<Extract<FetchedFeed, { status: 'ok' }>> = {}): FetchedFeed => ({
  status: 'ok',
  body: new TextEncoder().encode(RSS),
  contentType: 'application/rss+xml; charset=utf-8',
  etag: '"v1"',
  lastModified: 'Mon, 25 Mar 2019 08:30:00 GMT',
  finalUrl: FEED.url,
  ...overrides,
});

function given(fetcher: ScriptedFeedFetcher) {
  return {
    fetcher,
    states: new InMemoryFeedStateStore(),
    queue: new RecordingArticleQueue(),
    clock: fixedClock(NOW),
  } satisfies PollFeedDeps;
}

describe('pollFeed', () => {
  describe('given a feed that returns entries', () => {
    it('when polled for the first time, then it asks without validators and enqueues every entry', async () => {
      const fetcher = new ScriptedFeedFetcher(okFeed());
      const deps = given(fetcher);

      const outcome = await pollFeed(FEED, deps);

      expect(fetcher.calls).toEqual([{ url: FEED.url, validators: { etag: undefined, lastModified: undefined } }]);
      expect(outcome).toMatchObject({ feedId: FEED.id, status: 'ok', enqueued: 3, unchanged: 0, rejected: [], warnings: [] });
      expect(deps.queue.sent.map((s) => s.url)).toEqual([
        'https://news.example.com/world/venezuela-bandes',
        expect.stringMatching(/^https:\/\/import\.invalid\/example-world\/content-[0-9a-f]{32}$/),
        'https://news.example.com/world/russia-planes-caracas',
      ]);
    });

    it('when an entry has no link, then it is queued under a stable identity that the next poll gives it again', async () => {
      const first = given(new ScriptedFeedFetcher(okFeed()));
      const second = given(new ScriptedFeedFetcher(okFeed()));

      await pollFeed(FEED, first);
      await pollFeed(FEED, second);

      expect(first.queue.sent[1]).toMatchObject({ title: 'An entry without a link', summaryOnly: false });
      expect(first.queue.sent[1]?.url).toBe(second.queue.sent[1]?.url);
    });

    it('when polled, then entries carry the feed as source, a summary flag and the fetch time when they have no date', async () => {
      const deps = given(new ScriptedFeedFetcher(okFeed()));

      await pollFeed(FEED, deps);

      const [dated, undated] = deps.queue.sent;
      expect(dated).toMatchObject({
        source: { id: FEED.id, name: FEED.name },
        summaryOnly: true,
        publishedAt: '2019-03-25T08:00:00.000Z',
        fetchedAt: NOW,
      });
      expect(undated).toMatchObject({ fetchedAt: NOW });
      expect(undated?.publishedAt).toBeUndefined();
    });

    it('when the feed was redirected, then relative links resolve against the final URL', async () => {
      const deps = given(new ScriptedFeedFetcher(okFeed({ finalUrl: 'https://mirror.example.org/feeds/world.xml' })));

      await pollFeed(FEED, deps);

      expect(deps.queue.sent[2]?.url).toBe('https://mirror.example.org/world/russia-planes-caracas');
    });

    it('when polled, then the validators, success time and item count are stored', async () => {
      const deps = given(new ScriptedFeedFetcher(okFeed()));

      await pollFeed(FEED, deps);

      expect(deps.states.states.get(FEED.id)).toEqual({
        feedId: FEED.id,
        etag: '"v1"',
        lastModified: 'Mon, 25 Mar 2019 08:30:00 GMT',
        lastSuccessAt: NOW,
        consecutiveFailures: 0,
        lastItemCount: 3,
        seenEntries: [expect.stringMatching(/^[0-9a-f]{16}=[0-9a-f]{12}$/), expect.any(String), expect.any(String)],
      });
    });
  });

  describe('given a feed polled before', () => {
    it('when the server answers 304, then the stored validators are sent and kept, and nothing is enqueued', async () => {
      const fetcher = new ScriptedFeedFetcher(okFeed(), { status: 'not-modified' });
      const deps = given(fetcher);
      await pollFeed(FEED, deps);
      deps.queue.batches.length = 0;
      deps.clock = fixedClock(LATER);

      const outcome = await pollFeed(FEED, deps);

      expect(fetcher.calls[1]?.validators).toEqual({ etag: '"v1"', lastModified: 'Mon, 25 Mar 2019 08:30:00 GMT' });
      expect(outcome.status).toBe('not-modified');
      expect(deps.queue.sent).toEqual([]);
      expect(deps.states.states.get(FEED.id)).toMatchObject({
        etag: '"v1"',
        lastModified: 'Mon, 25 Mar 2019 08:30:00 GMT',
        lastSuccessAt: LATER,
        consecutiveFailures: 0,
      });
    });
  });

  describe('given a feed whose server ignores conditional GETs', () => {
    const item = (title: string, description: string, extra = '') =>
      `<item><title>${title}</title><link>https://news.example.com/world/${title.toLowerCase().replace(/\W+/g, '-')}</link><description>${description}</description>${extra}</item>`;
    const feedOf = (...items: string[]) =>
      okFeed({ body: new TextEncoder().encode(`<?xml version="1.0"?><rss version="2.0"><channel><title>Example World</title>${items.join('')}</channel></rss>`) });
    const ORIGINAL = item('Troops deployed', 'Two battalions were sent to the border.');

    it('when nothing changed, then no entry is sent again', async () => {
      const deps = given(new ScriptedFeedFetcher(feedOf(ORIGINAL), feedOf(ORIGINAL)));
      await pollFeed(FEED, deps);
      deps.queue.batches.length = 0;

      const outcome = await pollFeed(FEED, deps);

      expect(outcome).toMatchObject({ status: 'ok', enqueued: 0, unchanged: 1 });
      expect(deps.queue.sent).toEqual([]);
    });

    it('when a new entry appears, then only it is sent', async () => {
      const added = item('Sanctions widened', 'The bloc added three banks to its list.');
      const deps = given(new ScriptedFeedFetcher(feedOf(ORIGINAL), feedOf(added, ORIGINAL)));
      await pollFeed(FEED, deps);
      deps.queue.batches.length = 0;

      await pollFeed(FEED, deps);

      expect(deps.queue.sent.map((s) => s.title)).toEqual(['Sanctions widened']);
      expect(deps.queue.sent[0]?.updatedAt).toBeUndefined();
    });

    it("when an entry's text changed without an update time, then it is sent again, with the time the change was seen", async () => {
      const edited = item('Troops deployed', 'Two battalions and an air-defence unit were sent to the border.');
      const deps = given(new ScriptedFeedFetcher(feedOf(ORIGINAL), feedOf(edited)));
      await pollFeed(FEED, deps);
      deps.queue.batches.length = 0;
      deps.clock = fixedClock(LATER);

      await pollFeed(FEED, deps);

      expect(deps.queue.sent).toEqual([
        expect.objectContaining({ url: 'https://news.example.com/world/troops-deployed', body: 'Two battalions and an air-defence unit were sent to the border.', updatedAt: LATER, fetchedAt: LATER }),
      ]);
    });

    it("when an entry's update time changed, then it is sent again carrying the feed's update time", async () => {
      const atom = (updated: string) =>
        okFeed({
          body: new TextEncoder().encode(
            `<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title><entry><id>urn:w:1</id><title>Troops deployed</title>` +
              `<link href="https://news.example.com/world/troops"/><published>2019-03-25T08:00:00Z</published><updated>${updated}</updated></entry></feed>`,
          ),
        });
      const deps = given(new ScriptedFeedFetcher(atom('2019-03-25T08:00:00Z'), atom('2019-03-25T09:10:00Z')));
      await pollFeed(FEED, deps);
      deps.queue.batches.length = 0;

      await pollFeed(FEED, deps);

      expect(deps.queue.sent).toEqual([expect.objectContaining({ publishedAt: '2019-03-25T08:00:00.000Z', updatedAt: '2019-03-25T09:10:00.000Z' })]);
    });

    it('when an entry drops off the feed and returns, then it is still remembered and not sent again', async () => {
      const other = item('Sanctions widened', 'The bloc added three banks to its list.');
      const deps = given(new ScriptedFeedFetcher(feedOf(ORIGINAL), feedOf(other), feedOf(other, ORIGINAL)));
      await pollFeed(FEED, deps);
      await pollFeed(FEED, deps);
      deps.queue.batches.length = 0;

      await pollFeed(FEED, deps);

      expect(deps.queue.sent).toEqual([]);
    });
  });

  describe('given a feed that fails', () => {
    it('when the fetcher throws on two polls, then failures count up, the error is recorded and nothing is thrown', async () => {
      const fetcher = new ScriptedFeedFetcher(new Error('connect ECONNREFUSED'));
      const deps = given(fetcher);

      const first = await pollFeed(FEED, deps);
      deps.clock = fixedClock(LATER);
      const second = await pollFeed(FEED, deps);

      expect(first).toMatchObject({ status: 'failed', error: 'Error: connect ECONNREFUSED', state: { consecutiveFailures: 1 } });
      expect(second.status).toBe('failed');
      expect(deps.states.states.get(FEED.id)).toMatchObject({
        consecutiveFailures: 2,
        lastFailureAt: LATER,
        lastError: 'Error: connect ECONNREFUSED',
      });
      expect(deps.queue.sent).toEqual([]);
    });

    it('when it recovers, then the failure count resets and the last failure stays on record', async () => {
      const fetcher = new ScriptedFeedFetcher(new Error('timeout'), new Error('timeout'), okFeed());
      const deps = given(fetcher);
      await pollFeed(FEED, deps);
      await pollFeed(FEED, deps);
      deps.clock = fixedClock(LATER);

      const outcome = await pollFeed(FEED, deps);

      expect(outcome.status).toBe('ok');
      expect(deps.states.states.get(FEED.id)).toMatchObject({
        consecutiveFailures: 0,
        lastSuccessAt: LATER,
        lastFailureAt: NOW,
        lastError: 'Error: timeout',
      });
    });

    it('when a failure follows a success, then the validators survive for the next conditional GET', async () => {
      const fetcher = new ScriptedFeedFetcher(okFeed(), new Error('502 Bad Gateway'), { status: 'not-modified' });
      const deps = given(fetcher);
      await pollFeed(FEED, deps);
      await pollFeed(FEED, deps);

      await pollFeed(FEED, deps);

      expect(fetcher.calls[2]?.validators).toEqual({ etag: '"v1"', lastModified: 'Mon, 25 Mar 2019 08:30:00 GMT' });
    });

    it('when the document is not a feed, then the poll fails with the parser\'s reason and counts a failure', async () => {
      const deps = given(new ScriptedFeedFetcher(okFeed({ body: new TextEncoder().encode('<html><body>Gone</body></html>'), contentType: 'text/html' })));

      const outcome = await pollFeed(FEED, deps);

      expect(outcome).toMatchObject({ status: 'failed', error: expect.stringMatching(/^InvalidFeedError: /), state: { consecutiveFailures: 1 } });
      expect(deps.queue.sent).toEqual([]);
    });
  });
});

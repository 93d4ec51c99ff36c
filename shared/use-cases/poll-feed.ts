import type { FeedConfig } from '../feeds/feed-config.js';
import { parseFeed } from '../feeds/parse-feed.js';
import type { ArticleQueue, Clock, FeedFetcher, FeedState, FeedStateStore } from '../ports.js';

export interface PollFeedDeps {
  fetcher: FeedFetcher;
  states: FeedStateStore;
  queue: ArticleQueue;
  clock: Clock;
}

export type PollOutcome =
  | { feedId: string; status: 'not-modified'; state: FeedState }
  | { feedId: string; status: 'ok'; enqueued: number; rejected: { index: number; reason: string }[]; state: FeedState }
  | { feedId: string; status: 'failed'; error: string; state: FeedState };

/**
 * Polls one feed with a conditional GET and enqueues its entries. A failure is recorded in the feed's
 * health (consecutive failures) and returned, never thrown, so one broken feed cannot stop the others.
 */
export async function pollFeed(feed: FeedConfig, deps: PollFeedDeps): Promise<PollOutcome> {
  const previous: FeedState = (await deps.states.get(feed.id)) ?? { feedId: feed.id, consecutiveFailures: 0 };
  const startedAt = deps.clock.now();
  try {
    const fetched = await deps.fetcher.fetchFeed(feed.url, { etag: previous.etag, lastModified: previous.lastModified });
    if (fetched.status === 'not-modified') {
      const state: FeedState = { ...previous, lastSuccessAt: startedAt.toISOString(), consecutiveFailures: 0, lastItemCount: 0 };
      await deps.states.put(state);
      return { feedId: feed.id, status: 'not-modified', state };
    }
    const parsed = parseFeed(
      { body: fetched.body, contentType: fetched.contentType, url: fetched.finalUrl },
      { source: { id: feed.id, name: feed.name }, fetchedAt: startedAt },
    );
    await deps.queue.send(parsed.entries);
    const state: FeedState = {
      feedId: feed.id,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      lastSuccessAt: startedAt.toISOString(),
      lastFailureAt: previous.lastFailureAt,
      lastError: previous.lastError,
      consecutiveFailures: 0,
      lastItemCount: parsed.entries.length,
    };
    await deps.states.put(state);
    return { feedId: feed.id, status: 'ok', enqueued: parsed.entries.length, rejected: parsed.rejected, state };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const state: FeedState = {
      ...previous,
      lastFailureAt: startedAt.toISOString(),
      lastError: message,
      consecutiveFailures: previous.consecutiveFailures + 1,
    };
    await deps.states.put(state);
    return { feedId: feed.id, status: 'failed', error: message, state };
  }
}

import type { ArticleSubmission } from '../article/article.js';
import type { FeedConfig } from '../feeds/feed-config.js';
import { parseFeed } from '../feeds/parse-feed.js';
import { compareWithSeen } from '../feeds/seen-entries.js';
import type { ArticleQueue, Clock, FeedFetcher, FeedState, FeedStateStore } from '../ports.js';

export interface PollFeedDeps {
  fetcher: FeedFetcher;
  states: FeedStateStore;
  queue: ArticleQueue;
  clock: Clock;
}

export type PollOutcome =
  | { feedId: string; status: 'not-modified'; state: FeedState }
  | {
      feedId: string;
      status: 'ok';
      /** Entries sent: new ones, and ones changed since they were last seen. */
      enqueued: number;
      /** Entries in the feed that were seen before, unchanged, and so not sent again. */
      unchanged: number;
      rejected: { index: number; reason: string }[];
      /** How a damaged document was read. */
      warnings: string[];
      state: FeedState;
    }
  | { feedId: string; status: 'failed'; error: string; state: FeedState };

/**
 * Polls one feed with a conditional GET and enqueues its entries that are new, or changed since they
 * were last seen (a new update time, title or body): a changed entry carries its `updatedAt` (the
 * feed's, or the time the change was seen) so processing can store it as a revision. The entries
 * seen are remembered in the feed's state, bounded. A failure is recorded in the feed's health
 * (consecutive failures) and returned, never thrown, so one broken feed cannot stop the others.
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
      { body: fetched.body, contentType: fetched.contentType, url: fetched.finalUrl, contentLocation: fetched.contentLocation },
      { source: { id: feed.id, name: feed.name }, fetchedAt: startedAt },
    );
    const { fresh, unchanged, seenEntries } = compareWithSeen(parsed.entries, previous.seenEntries);
    const submissions: ArticleSubmission[] = fresh.map(({ entry, changed }) =>
      changed ? { ...entry.submission, updatedAt: entry.submission.updatedAt ?? startedAt.toISOString() } : entry.submission,
    );
    await deps.queue.send(submissions);
    const state: FeedState = {
      feedId: feed.id,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      lastSuccessAt: startedAt.toISOString(),
      lastFailureAt: previous.lastFailureAt,
      lastError: previous.lastError,
      consecutiveFailures: 0,
      lastItemCount: parsed.entries.length,
      seenEntries,
    };
    await deps.states.put(state);
    return { feedId: feed.id, status: 'ok', enqueued: submissions.length, unchanged, rejected: parsed.rejected, warnings: parsed.warnings, state };
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

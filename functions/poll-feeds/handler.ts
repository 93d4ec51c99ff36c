import type { FeedConfig } from '../../shared/feeds/feed-config.js';
import { pollFeed, type PollFeedDeps, type PollOutcome } from '../../shared/use-cases/poll-feed.js';
import { DIMENSION, METRIC } from '../common/metric-names.js';
import type { MetricSink } from '../common/metrics.js';
import type { Observability } from '../common/powertools.js';
import { productionDeps } from './deps.js';

export interface PollFeedsDeps extends PollFeedDeps {
  feeds: readonly FeedConfig[];
  sink: MetricSink;
  observability: Observability;
}

/** Scheduled: polls every configured feed in turn and records each feed's health. */
export const createHandler = (getDeps: () => PollFeedsDeps) => async (): Promise<PollOutcome[]> => {
  const deps = getDeps();
  const { logger } = deps.observability;
  const outcomes: PollOutcome[] = [];
  for (const feed of deps.feeds) {
    const outcome = await pollFeed(feed, deps);
    const dimension = { name: DIMENSION.feed, value: feed.id };
    deps.sink.count(METRIC.feedConsecutiveFailures, outcome.state.consecutiveFailures, dimension);
    if (outcome.state.lastSuccessAt) {
      const seconds = (deps.clock.now().getTime() - Date.parse(outcome.state.lastSuccessAt)) / 1000;
      deps.sink.gauge(METRIC.feedSecondsSinceSuccess, seconds, dimension);
    }
    if (outcome.status === 'failed') {
      deps.sink.count(METRIC.feedFetchFailures, 1, dimension);
      logger.error('feed poll failed', { feedId: feed.id, url: feed.url, reason: outcome.error, consecutiveFailures: outcome.state.consecutiveFailures });
    } else if (outcome.status === 'ok') {
      deps.sink.count(METRIC.feedItems, outcome.enqueued, dimension);
      deps.sink.count(METRIC.rejected, outcome.rejected.length);
      for (const rejection of outcome.rejected) logger.warn('feed entry rejected', { feedId: feed.id, ...rejection });
      for (const warning of outcome.warnings) logger.warn('feed read leniently', { feedId: feed.id, warning });
      logger.info('feed polled', { feedId: feed.id, enqueued: outcome.enqueued, unchanged: outcome.unchanged });
    } else {
      deps.sink.count(METRIC.feedItems, 0, dimension);
      logger.info('feed not modified', { feedId: feed.id });
    }
    outcomes.push(outcome);
  }
  deps.sink.flush();
  return outcomes;
};

export const handler = createHandler(productionDeps);

/**
 * CloudWatch (EMF) metric names and dimensions, shared by the handlers that emit them and the dashboard.
 * Powertools adds a `service` dimension, the function's name (POWERTOOLS_SERVICE_NAME); the per-feed
 * alarms match `service=poll-feeds`.
 */
export const METRICS_NAMESPACE = 'Tocsin';

export const METRIC = {
  articlesIngested: 'ArticlesIngested',
  duplicates: 'Duplicates',
  nearDuplicates: 'NearDuplicates',
  rejected: 'Rejected',
  /** Dimension `Category`: sanctions | military-deployment. */
  mentions: 'Mentions',
  alertsSent: 'AlertsSent',
  alertsSuppressed: 'AlertsSuppressed',
  /** Dimension `Feed`. */
  feedFetchFailures: 'FeedFetchFailures',
  /** Dimension `Feed`: the feed id. Max over a period ≥ N means N failures in a row. */
  feedConsecutiveFailures: 'FeedConsecutiveFailures',
  /** Dimension `Feed`. */
  feedItems: 'FeedItems',
  /** Dimension `Feed`: seconds since the feed last polled successfully. */
  feedSecondsSinceSuccess: 'FeedSecondsSinceSuccess',
  /** Entries a sanctions-list update added, removed and changed; rejected downloads. */
  listEntriesAdded: 'ListEntriesAdded',
  listEntriesRemoved: 'ListEntriesRemoved',
  listEntriesChanged: 'ListEntriesChanged',
  listRejected: 'ListRejected',
} as const;

export const DIMENSION = { category: 'Category', feed: 'Feed' } as const;

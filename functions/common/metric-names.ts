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
  alertUpdatesSent: 'AlertUpdatesSent',
  /** Parked for a watch's hourly or daily digest. */
  alertsQueued: 'AlertsQueued',
  /** Held in a watch's quiet hours. */
  alertsHeld: 'AlertsHeld',
  /** Past a watch's maxPerHour: rolled into the next roll-up. */
  alertsRateLimited: 'AlertsRateLimited',
  /** Outside the freshness window (backfills, replays). */
  alertsStale: 'AlertsStale',
  /** Digests and roll-ups sent. */
  digestsSent: 'DigestsSent',
  /** Seconds, dimension `Watch`: source publication → alert published, for alerts sent at once. */
  alertLatencyFromPublication: 'AlertLatencyFromPublication',
  /** Seconds, dimension `Watch`: fetch (or API receipt) → alert published. */
  alertLatencyFromFetch: 'AlertLatencyFromFetch',
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

export const DIMENSION = { category: 'Category', feed: 'Feed', watch: 'Watch' } as const;

/**
 * The one definition of Tocsin's tables and queues. The CDK constructs build them from this, and the
 * local runtime (`npm start`, integration tests) creates the same ones on local servers.
 */

export interface KeyAttribute {
  name: string;
  type: 'S' | 'N';
}

export interface TableDefinition {
  /** Construct id in CDK and table name locally. */
  id: string;
  partitionKey: KeyAttribute;
  sortKey?: KeyAttribute;
  globalIndexes: { name: string; partitionKey: KeyAttribute; sortKey?: KeyAttribute }[];
  /** Attribute holding an epoch-seconds expiry, if items expire. */
  timeToLiveAttribute?: string;
}

/** Single-table design; see docs/data-model.md for the access patterns. */
export const ARTICLES_TABLE: TableDefinition = {
  id: 'Articles',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalIndexes: [
    // Recent articles by day, category or country: index items carry gsi1pk = "DAY#…",
    // "CATEGORY#…" or "COUNTRY#…" and gsi1sk = "<publishedAt>#<articleId>".
    { name: 'gsi1', partitionKey: { name: 'gsi1pk', type: 'S' }, sortKey: { name: 'gsi1sk', type: 'S' } },
  ],
  timeToLiveAttribute: 'expiresAt',
};

/**
 * Alerting's memory: per watch and story alert state (what was sent, the claim a retry resumes), alerts
 * waiting for a digest, digests sent, hourly counters and the audit trail of every decision
 * (docs/data-model.md). It replaces the Powertools idempotency table: update alerts need the story's
 * alert history, not only a "sent" flag.
 */
export const ALERTS_TABLE: TableDefinition = {
  id: 'Alerts',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalIndexes: [],
  timeToLiveAttribute: 'expiresAt',
};

export const TABLES = [ARTICLES_TABLE, ALERTS_TABLE] as const;

export interface QueueDefinition {
  id: string;
  /** Receives after this many failed receives. */
  maxReceiveCount: number;
  visibilityTimeoutSeconds: number;
}

/**
 * Articles waiting to be normalised, deduplicated, tagged and stored. Six times the consumer's
 * timeout (AWS guidance); 90 s covers a batch whose summary-only entries each need a page fetch.
 */
export const ARTICLES_QUEUE: QueueDefinition = { id: 'Articles', maxReceiveCount: 3, visibilityTimeoutSeconds: 540 };
/** "Article tagged" events waiting for watch evaluation and alerting. */
export const TAGGED_QUEUE: QueueDefinition = { id: 'Tagged', maxReceiveCount: 3, visibilityTimeoutSeconds: 120 };


/** Name of the DLQ paired with a queue. */
export const deadLetterQueueId = (queue: QueueDefinition): string => `${queue.id}Dlq`;

/** Construct id (and local topic name) of a watch's SNS topic. */
export const watchTopicId = (watchId: string): string =>
  `Watch-${watchId}`;

/** Lambda functions, by folder under functions/. */
export const FUNCTIONS = ['poll-feeds', 'ingest-articles', 'process-articles', 'send-alerts', 'import-articles', 'send-digests', 'refresh-sanctions-list'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

/** Every environment variable a handler reads. Infra sets them through the house construct's bind methods. */
export const ENV = {
  articlesTableName: 'ARTICLES_TABLE_NAME',
  alertsTableName: 'ALERTS_TABLE_NAME',
  /** Hours: only articles published (or, undated, fetched) this recently alert. */
  alertFreshnessHours: 'ALERT_FRESHNESS_HOURS',
  /** Days audit items (alert decisions) are kept. */
  alertDecisionRetentionDays: 'ALERT_DECISION_RETENTION_DAYS',
  articlesQueueUrl: 'ARTICLES_QUEUE_URL',
  taggedQueueUrl: 'TAGGED_QUEUE_URL',
  /** JSON object: watch id → SNS topic ARN. */
  watchTopicArns: 'WATCH_TOPIC_ARNS',
  /** S3 bucket holding the current sanctions lists (refresh-sanctions-list writes, process-articles reads). */
  sanctionsListBucket: 'SANCTIONS_LIST_BUCKET',
  /** Directory URL of OFAC's legacy files (sdn.csv, alt.csv, add.csv). */
  sanctionsListUrl: 'SANCTIONS_LIST_URL',
  /** "true" only in the local demo and tests: lets fetches reach loopback. Never set on AWS. */
  allowLoopbackFetch: 'ALLOW_LOOPBACK_FETCH',
} as const;

import { SQSClient } from '@aws-sdk/client-sqs';
import { documentClient, once, requireEnv } from '../common/aws-clients.js';
import { systemClock } from '../common/clock.js';
import { dynamoDbFeedStateStore } from '../common/dynamodb-feed-state-store.js';
import { ENV } from '../common/env-names.js';
import { loopbackAllowedByEnv } from '../common/fetch-settings.js';
import { bundledFeeds } from '../common/feeds.js';
import { createHttpFeedFetcher } from '../common/http-feed-fetcher.js';
import { powertoolsMetricSink } from '../common/metrics.js';
import { createObservability } from '../common/powertools.js';
import { sqsArticleQueue } from '../common/sqs-article-queue.js';
import type { PollFeedsDeps } from './handler.js';

export const productionDeps = once((): PollFeedsDeps => {
  const observability = createObservability('poll-feeds');
  return {
    feeds: bundledFeeds(),
    fetcher: createHttpFeedFetcher({ allowLoopback: loopbackAllowedByEnv() }),
    states: dynamoDbFeedStateStore(observability.tracer.captureAWSv3Client(documentClient()), requireEnv(ENV.articlesTableName)),
    queue: sqsArticleQueue(observability.tracer.captureAWSv3Client(new SQSClient({})), requireEnv(ENV.articlesQueueUrl)),
    clock: systemClock,
    sink: powertoolsMetricSink(observability.metrics),
    observability,
  };
});

import { SQSClient } from '@aws-sdk/client-sqs';
import { systemClock } from '../common/clock.js';
import { documentClient, once, requireEnv } from '../common/aws-clients.js';
import { dynamoDbArticleStore } from '../common/dynamodb-article-store.js';
import { dynamoDbStoryIndex } from '../common/dynamodb-story-index.js';
import { ENV } from '../common/env-names.js';
import { loopbackAllowedByEnv } from '../common/fetch-settings.js';
import { createHttpPageFetcher } from '../common/http-page-fetcher.js';
import { powertoolsMetricSink } from '../common/metrics.js';
import { sqsTaggedEventBus } from '../common/sqs-tagged-event-bus.js';
import { createObservability } from '../common/powertools.js';
import type { ProcessArticlesDeps } from './handler.js';

export const productionDeps = once((): ProcessArticlesDeps => {
  const observability = createObservability('process-articles');
  const dynamo = observability.tracer.captureAWSv3Client(documentClient());
  const table = requireEnv(ENV.articlesTableName);
  return {
    articles: dynamoDbArticleStore(dynamo, table),
    stories: dynamoDbStoryIndex(dynamo, table),
    events: sqsTaggedEventBus(observability.tracer.captureAWSv3Client(new SQSClient({})), requireEnv(ENV.taggedQueueUrl)),
    pages: createHttpPageFetcher({ allowLoopback: loopbackAllowedByEnv() }),
    clock: systemClock,
    sink: powertoolsMetricSink(observability.metrics),
    observability,
  };
});

import { SQSClient } from '@aws-sdk/client-sqs';
import { systemClock } from '../common/clock.js';
import { documentClient, once, requireEnv } from '../common/aws-clients.js';
import { dynamoDbArticleStore } from '../common/dynamodb-article-store.js';
import { dynamoDbEntityNameIndex } from '../common/dynamodb-entity-name-index.js';
import { dynamoDbStoryIndex } from '../common/dynamodb-story-index.js';
import { ENV } from '../common/env-names.js';
import { loopbackAllowedByEnv } from '../common/fetch-settings.js';
import { createHttpPageFetcher } from '../common/http-page-fetcher.js';
import { createLazyEntityLinker } from '../common/lazy-entity-linker.js';
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
    entities: {
      // The S3 client and list are imported and read on the first mention that names a party, not at cold start.
      linker: createLazyEntityLinker({
        load: async () => {
          const [{ S3Client }, { s3SanctionsListStore }] = await Promise.all([import('@aws-sdk/client-s3'), import('../common/s3-sanctions-list-store.js')]);
          return (await s3SanctionsListStore(new S3Client({}), requireEnv(ENV.sanctionsListBucket)).current('us-ofac-sdn'))?.list;
        },
      }),
      names: dynamoDbEntityNameIndex(dynamo, table),
    },
    sink: powertoolsMetricSink(observability.metrics),
    observability,
  };
});

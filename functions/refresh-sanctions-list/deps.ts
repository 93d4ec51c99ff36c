import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { documentClient, once, requireEnv } from '../common/aws-clients.js';
import { systemClock } from '../common/clock.js';
import { dynamoDbEntityNameIndex } from '../common/dynamodb-entity-name-index.js';
import { ENV } from '../common/env-names.js';
import { createHttpSanctionsFetcher } from '../common/http-sanctions-fetcher.js';
import { powertoolsMetricSink } from '../common/metrics.js';
import { createObservability } from '../common/powertools.js';
import { s3SanctionsListStore } from '../common/s3-sanctions-list-store.js';
import { snsAlertPublisher } from '../common/sns-alert-dispatcher.js';
import { bundledWatches } from '../common/watches.js';
import type { RefreshSanctionsListDeps } from './handler.js';

export const productionDeps = once((): RefreshSanctionsListDeps => {
  const observability = createObservability('refresh-sanctions-list');
  const { tracer } = observability;
  return {
    fetcher: createHttpSanctionsFetcher({ baseUrl: requireEnv(ENV.sanctionsListUrl), allowLoopback: false }),
    store: s3SanctionsListStore(tracer.captureAWSv3Client(new S3Client({})), requireEnv(ENV.sanctionsListBucket)),
    clock: systemClock,
    names: dynamoDbEntityNameIndex(tracer.captureAWSv3Client(documentClient()), requireEnv(ENV.articlesTableName)),
    watches: bundledWatches(),
    publisher: snsAlertPublisher({
      sns: tracer.captureAWSv3Client(new SNSClient({})),
      topicArns: JSON.parse(requireEnv(ENV.watchTopicArns)) as Record<string, string>,
    }),
    sink: powertoolsMetricSink(observability.metrics),
    observability,
  };
});

import { SQSClient } from '@aws-sdk/client-sqs';
import { once, requireEnv } from '../common/aws-clients.js';
import { ENV } from '../common/env-names.js';
import { powertoolsMetricSink } from '../common/metrics.js';
import { createObservability } from '../common/powertools.js';
import { sqsArticleQueue } from '../common/sqs-article-queue.js';
import type { IngestArticlesDeps } from './handler.js';

export const productionDeps = once((): IngestArticlesDeps => {
  const observability = createObservability('ingest-articles');
  return {
    queue: sqsArticleQueue(observability.tracer.captureAWSv3Client(new SQSClient({})), requireEnv(ENV.articlesQueueUrl)),
    sink: powertoolsMetricSink(observability.metrics),
    observability,
  };
});

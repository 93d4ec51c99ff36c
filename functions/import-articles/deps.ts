import type { Readable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { once, requireEnv } from '../common/aws-clients.js';
import { ENV } from '../common/env-names.js';
import { powertoolsMetricSink } from '../common/metrics.js';
import { createObservability } from '../common/powertools.js';
import { sqsArticleQueue } from '../common/sqs-article-queue.js';
import type { ImportArticlesDeps } from './handler.js';

export const productionDeps = once((): ImportArticlesDeps => {
  const observability = createObservability('import-articles');
  const s3 = observability.tracer.captureAWSv3Client(new S3Client({}));
  return {
    async openObject(bucket, key) {
      const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return { body: out.Body as Readable, metadata: out.Metadata ?? {} };
    },
    queue: sqsArticleQueue(observability.tracer.captureAWSv3Client(new SQSClient({})), requireEnv(ENV.articlesQueueUrl)),
    sink: powertoolsMetricSink(observability.metrics),
    observability,
  };
});

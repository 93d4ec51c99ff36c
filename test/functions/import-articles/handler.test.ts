import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import { ALERTS_METADATA_KEY, createHandler } from '../../../functions/import-articles/handler.js';
import { METRIC } from '../../../functions/common/metric-names.js';
import { tallyMetricSink } from '../../../functions/common/metrics.js';
import { createObservability } from '../../../functions/common/powertools.js';
import { sqsArticleQueue } from '../../../functions/common/sqs-article-queue.js';
import { LOCAL_AWS, startFauxqs, type LocalServer } from '../../../local/servers.js';
import { takeAll } from '../../../local/sqs-driver.js';
import { anSqsRecord } from '../../support/sqs-records.js';

const BUCKET = 'tocsin-imports';

/** The SQS record S3 event notifications produce for one new object. */
const notification = (messageId: string, key: string): SQSRecord =>
  anSqsRecord(
    messageId,
    JSON.stringify({
      Records: [
        {
          eventVersion: '2.1',
          eventSource: 'aws:s3',
          awsRegion: 'us-east-1',
          eventTime: '2019-03-26T08:00:00.000Z',
          eventName: 'ObjectCreated:Put',
          userIdentity: { principalId: 'AWS:LOCAL' },
          requestParameters: { sourceIPAddress: '127.0.0.1' },
          responseElements: { 'x-amz-request-id': 'r', 'x-amz-id-2': 'i' },
          s3: {
            s3SchemaVersion: '1.0',
            configurationId: 'imports',
            bucket: { name: BUCKET, ownerIdentity: { principalId: 'LOCAL' }, arn: `arn:aws:s3:::${BUCKET}` },
            object: { key, size: 100, eTag: 'e', sequencer: '1' },
          },
        },
      ],
    }),
  );

describe('import-articles handler on fauxqs S3 and SQS', () => {
  let messaging: LocalServer;
  let sqs: SQSClient;
  let s3: S3Client;
  let queueUrl: string;
  const sink = tallyMetricSink();
  let handler: ReturnType<typeof createHandler>;

  beforeAll(async () => {
    messaging = await startFauxqs();
    sqs = new SQSClient({ endpoint: messaging.endpoint, ...LOCAL_AWS });
    s3 = new S3Client({ endpoint: messaging.endpoint, forcePathStyle: true, ...LOCAL_AWS });
    queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'articles' }))).QueueUrl!;
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    const deps = {
      openObject: async (bucket: string, key: string) => {
        const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return { body: out.Body as Readable, metadata: out.Metadata ?? {} };
      },
      queue: sqsArticleQueue(sqs, queueUrl),
      sink,
      observability: createObservability('import-articles'),
    };
    handler = createHandler(() => deps);
  });
  afterAll(() => messaging?.stop());

  it('queues every valid line of an NDJSON drop and counts the invalid ones without failing the file', async () => {
    const lines = [
      JSON.stringify({ url: 'https://news.example/a', title: 'EU sanctions', body: 'The EU imposed sanctions on Belarus.' }),
      '{"url": broken',
      JSON.stringify({ id: 'bbc-politics-001', title: 'Archive record', text: 'An archive text.', source: 'BBC' }),
    ];
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'imports/2019 03 26.ndjson', Body: lines.join('\n') }));

    const response = await handler({ Records: [notification('drop-1', 'imports/2019+03+26.ndjson')] });

    expect(response.batchItemFailures).toEqual([]);
    const queued = (await takeAll(sqs, queueUrl)).map((m) => JSON.parse(m.Body!));
    expect(queued.map((a) => a.url).sort()).toEqual(['https://import.invalid/bbc/bbc-politics-001', 'https://news.example/a']);
    expect(sink.total(METRIC.rejected)).toBe(1);
    // A drop is a backfill unless its metadata says otherwise: stored and tagged, never alerted.
    expect(queued.map((a) => a.alerts)).toEqual([false, false]);
  });

  it('lets a drop with the tocsin-alerts=true metadata alert like live news', async () => {
    const line = JSON.stringify({ url: 'https://news.example/live', title: 'EU sanctions', body: 'The EU imposed sanctions on Belarus.' });
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'imports/live.ndjson', Body: line, Metadata: { [ALERTS_METADATA_KEY]: 'true' } }));

    await handler({ Records: [notification('drop-live', 'imports/live.ndjson')] });

    expect((await takeAll(sqs, queueUrl)).map((m) => JSON.parse(m.Body!).alerts)).toEqual([true]);
  });

  it('ignores the test event S3 sends when the notification is set up, and fails a drop whose object is gone', async () => {
    const testEvent = { ...notification('test', 'x'), body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: BUCKET }) };

    const response = await handler({ Records: [testEvent, notification('missing', 'imports/missing.ndjson')] });

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'missing' }]);
  });
});

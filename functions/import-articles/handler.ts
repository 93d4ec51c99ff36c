import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { S3Schema } from '@aws-lambda-powertools/parser/schemas';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod';
import type { ArticleQueue } from '../../shared/ports.js';
import { queueImportLines } from '../../shared/use-cases/import-lines.js';
import { METRIC } from '../common/metric-names.js';
import type { MetricSink } from '../common/metrics.js';
import { processSqsBatch } from '../common/sqs-batch.js';
import type { Observability } from '../common/powertools.js';
import { productionDeps } from './deps.js';

/**
 * Object metadata (`x-amz-meta-tocsin-alerts: true`, `aws s3 cp --metadata tocsin-alerts=true`) that makes a
 * drop alert like live news; any other drop is a backfill, stored and tagged without alerts.
 */
export const ALERTS_METADATA_KEY = 'tocsin-alerts';

export interface ImportArticlesDeps {
  /** Opens an uploaded object as a byte stream, with its user metadata (keys lower-case, without x-amz-meta-). */
  openObject(bucket: string, key: string): Promise<{ body: Readable; metadata: Record<string, string> }>;
  queue: ArticleQueue;
  sink: MetricSink;
  observability: Observability;
}

/** S3 sends a test event when the notification is configured; it names no object. */
const S3TestEventSchema = z.object({ Event: z.literal('s3:TestEvent') }).loose();
const NotificationSchema = z.union([S3Schema, S3TestEventSchema]);
type Notification = z.infer<typeof NotificationSchema>;

/** Consumes S3 "object created" notifications for NDJSON drops and queues each line as an article. */
export const createHandler = (getDeps: () => ImportArticlesDeps) => async (event: SQSEvent, context?: Context) => {
  const deps = getDeps();
  const { logger } = deps.observability;
  const handleRecord = async (record: SQSRecord & { body: Notification }) => {
    if ('Event' in record.body) return;
    for (const s3Record of record.body.Records) {
      const { bucket, object } = s3Record.s3;
      const key = decodeURIComponent(object.key.replace(/\+/g, ' '));
      const { body, metadata } = await deps.openObject(bucket.name, key);
      const alerts = metadata[ALERTS_METADATA_KEY]?.toLowerCase() === 'true';
      const lines = createInterface({ input: body, crlfDelay: Infinity });
      const result = await queueImportLines(lines, (batch) => deps.queue.send(batch), { alerts });
      // A notification retried after a timeout reads the file again; count its bad lines once.
      if (record.attributes.ApproximateReceiveCount === '1') deps.sink.count(METRIC.rejected, result.rejected.length);
      for (const rejection of result.rejected) logger.warn('import line rejected', { key, ...rejection });
      logger.info('import queued', { bucket: bucket.name, key, alerts, read: result.read, queued: result.queued, rejected: result.rejected.length });
    }
  };
  const { response, failures } = await processSqsBatch(event, NotificationSchema, handleRecord, { context, logger });
  for (const { record, error } of failures) {
    logger.error('import failed for a record', { messageId: record.messageId, reason: error.message });
  }
  deps.sink.flush();
  return response;
};

export const handler = createHandler(productionDeps);

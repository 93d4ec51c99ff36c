import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ArticleSubmission } from '../../shared/article/article.js';
import type { ArticleQueue } from '../../shared/ports.js';

/** SendMessageBatch takes 10 messages and 256 KiB in all; stay under both. */
const MAX_BATCH_MESSAGES = 10;
const MAX_BATCH_BYTES = 240 * 1024;

export function sqsArticleQueue(client: SQSClient, queueUrl: string): ArticleQueue {
  return {
    async send(submissions) {
      const bodies = submissions.map((s: ArticleSubmission) => JSON.stringify(s));
      let batch: string[] = [];
      let batchBytes = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const out = await client.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: batch.map((body, i) => ({ Id: String(i), MessageBody: body })),
          }),
        );
        if (out.Failed && out.Failed.length > 0) {
          const reasons = out.Failed.map((f) => `${f.Code}: ${f.Message}`).join('; ');
          throw new Error(`SQS refused ${out.Failed.length} of ${batch.length} articles: ${reasons}`);
        }
        batch = [];
        batchBytes = 0;
      };
      for (const body of bodies) {
        const bytes = Buffer.byteLength(body);
        if (batch.length === MAX_BATCH_MESSAGES || batchBytes + bytes > MAX_BATCH_BYTES) await flush();
        batch.push(body);
        batchBytes += bytes;
      }
      await flush();
    },
  };
}

import {
  ChangeMessageVisibilityCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { randomUUID } from 'node:crypto';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Alert } from '../shared/watch/alert.js';
import type { Digest } from '../shared/watch/digest.js';
import type { LocalQueue } from './provision.js';

/** The record Lambda's SQS event source would build from a received message. */
const toRecord = (message: Message, queue: LocalQueue): SQSRecord => ({
  messageId: message.MessageId!,
  receiptHandle: message.ReceiptHandle!,
  body: message.Body ?? '',
  attributes: {
    ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? '1',
    SentTimestamp: message.Attributes?.SentTimestamp ?? '0',
    SenderId: message.Attributes?.SenderId ?? 'local',
    ApproximateFirstReceiveTimestamp: message.Attributes?.ApproximateFirstReceiveTimestamp ?? '0',
  },
  messageAttributes: {},
  md5OfBody: message.MD5OfBody ?? '',
  eventSource: 'aws:sqs',
  eventSourceARN: queue.arn,
  awsRegion: 'us-east-1',
});

/** The invocation context Lambda passes, with the remaining time Powertools idempotency reads. */
export const localLambdaContext = (functionName: string, timeoutMs = 60_000): Context => {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
};

/**
 * Plays Lambda's SQS event source locally: receives batches, invokes the handler, deletes what
 * succeeded and makes failures visible again at once, so the queue's redrive policy moves a
 * message that keeps failing to the DLQ after maxReceiveCount receives, as on AWS.
 */
export async function drainQueue(
  sqs: SQSClient,
  queue: LocalQueue,
  handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>,
  functionName = 'local',
): Promise<number> {
  let invocations = 0;
  for (;;) {
    const received = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: queue.url, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['All'] }),
    );
    const messages = received.Messages ?? [];
    if (messages.length === 0) return invocations;
    invocations++;
    const response = await handler({ Records: messages.map((m) => toRecord(m, queue)) }, localLambdaContext(functionName));
    const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    const succeeded = messages.filter((m) => !failed.has(m.MessageId!));
    if (succeeded.length > 0) {
      await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queue.url,
          Entries: succeeded.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
        }),
      );
    }
    for (const message of messages.filter((m) => failed.has(m.MessageId!))) {
      await sqs.send(
        new ChangeMessageVisibilityCommand({ QueueUrl: queue.url, ReceiptHandle: message.ReceiptHandle!, VisibilityTimeout: 0 }),
      );
    }
  }
}

/** Receives and deletes every message now on a queue. */
export async function takeAll(sqs: SQSClient, queueUrl: string): Promise<Message[]> {
  const taken: Message[] = [];
  for (;;) {
    const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10 }));
    const messages = received.Messages ?? [];
    if (messages.length === 0) return taken;
    taken.push(...messages);
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: messages.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle! })),
      }),
    );
  }
}

/**
 * The alert inside an SNS notification delivered to a stand-in subscriber queue. The queue stands in for
 * an email or SMS subscriber, which reads the `email` and `sms` members of a `MessageStructure: json`
 * message; fauxqs delivers the whole structure, so the alert is rebuilt from its compact `default`
 * member and the email body.
 */
export function alertFromNotification(body: string): Alert | Digest {
  const notification = JSON.parse(body) as { Message: string };
  const message = JSON.parse(notification.Message) as { default: string; email: string };
  return { ...(JSON.parse(message.default) as Omit<Alert | Digest, 'email'>), email: message.email } as Alert | Digest;
}

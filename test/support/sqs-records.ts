import type { SQSRecord } from 'aws-lambda';

/** An SQS record as Lambda's event source delivers it. */
export const anSqsRecord = (messageId: string, body: string, receiveCount = 1): SQSRecord => ({
  messageId,
  receiptHandle: `handle-${messageId}`,
  body,
  attributes: {
    ApproximateReceiveCount: String(receiveCount),
    SentTimestamp: '1553587200000',
    SenderId: 'tester',
    ApproximateFirstReceiveTimestamp: '1553587200000',
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:queue',
  awsRegion: 'us-east-1',
});

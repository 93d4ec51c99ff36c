import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { TaggedEventBus } from '../../shared/ports.js';

export const sqsTaggedEventBus = (client: SQSClient, queueUrl: string): TaggedEventBus => ({
  async publish(event) {
    await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(event) }));
  },
});

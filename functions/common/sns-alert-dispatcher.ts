import { PublishCommand, type MessageAttributeValue, type SNSClient } from '@aws-sdk/client-sns';
import type { AlertPublisher } from '../../shared/ports.js';
import type { AlertMessage } from '../../shared/watch/alert.js';
import { SNS_MESSAGE_MAX_BYTES } from '../../shared/watch/message-text.js';
import { ALERT_ATTRIBUTE } from './alert-attributes.js';

/**
 * The body each protocol receives (SNS `MessageStructure: json`): email and SMS their texts, every other
 * protocol (SQS, HTTP, Lambda) a compact JSON of the alert: ids, subject, SMS text and attributes. The
 * email body appears once, so the message stays within SNS's limit by construction.
 */
export const alertMessage = (message: AlertMessage): string => {
  const { email, ...compact } = message;
  return JSON.stringify({ default: JSON.stringify(compact), email, sms: message.sms });
};

export const alertAttributes = (message: AlertMessage): Record<string, MessageAttributeValue> => ({
  [ALERT_ATTRIBUTE.alertId]: { DataType: 'String', StringValue: message.alertId },
  [ALERT_ATTRIBUTE.kind]: { DataType: 'String', StringValue: message.kind },
  [ALERT_ATTRIBUTE.category]: { DataType: 'String', StringValue: message.attributes.category },
  [ALERT_ATTRIBUTE.countries]: { DataType: 'String.Array', StringValue: JSON.stringify(message.attributes.countries) },
  [ALERT_ATTRIBUTE.severity]: { DataType: 'String', StringValue: message.attributes.severity },
});

/** What SNS counts against its 256 KiB limit: the message, and each attribute's name, type and value. */
export const publishedBytes = (body: string, attributes: Record<string, MessageAttributeValue>): number =>
  Buffer.byteLength(body) +
  Object.entries(attributes).reduce(
    (sum, [name, value]) => sum + Buffer.byteLength(name) + Buffer.byteLength(value.DataType ?? '') + Buffer.byteLength(value.StringValue ?? ''),
    0,
  );

export interface SnsAlertPublisherOptions {
  sns: SNSClient;
  /** Watch id → topic ARN. */
  topicArns: Record<string, string>;
}

/** Publishes alerts, updates and digests to their watch's topic, the alert id in the subject and the attributes. */
export function snsAlertPublisher({ sns, topicArns }: SnsAlertPublisherOptions): AlertPublisher {
  return {
    async publish(message) {
      const topicArn = topicArns[message.watchId];
      if (!topicArn) throw new Error(`no SNS topic is configured for watch "${message.watchId}"`);
      const body = alertMessage(message);
      const attributes = alertAttributes(message);
      const bytes = publishedBytes(body, attributes);
      // Composition caps every part, so this never fires; if it did, the bug would be named, not retried blindly.
      if (bytes > SNS_MESSAGE_MAX_BYTES) throw new Error(`alert ${message.alertId} is ${bytes} bytes, over SNS's ${SNS_MESSAGE_MAX_BYTES}`);
      const out = await sns.send(
        new PublishCommand({ TopicArn: topicArn, Subject: message.subject, MessageStructure: 'json', Message: body, MessageAttributes: attributes }),
      );
      if (!out.MessageId) throw new Error(`SNS accepted alert ${message.alertId} without a message id`);
      return out.MessageId;
    },
  };
}

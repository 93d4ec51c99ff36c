import { randomUUID } from 'node:crypto';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { Context } from 'aws-lambda';
import type { AlertDispatcher } from '../../shared/ports.js';
import type { Alert } from '../../shared/watch/alert.js';
import { ALERT_ATTRIBUTE } from './alert-attributes.js';

/** How long an alert suppresses repeats of the same watch and story. */
export const ALERT_SUPPRESSION_SECONDS = 30 * 24 * 3600;

/** The body each protocol receives (SNS `MessageStructure: json`). SQS subscribers get the structured alert. */
export const alertMessage = (alert: Alert): string =>
  JSON.stringify({
    default: alert.email,
    email: alert.email,
    sms: alert.sms,
    sqs: JSON.stringify(alert),
  });

export const alertAttributes = (alert: Alert) => ({
  [ALERT_ATTRIBUTE.category]: { DataType: 'String', StringValue: alert.attributes.category },
  [ALERT_ATTRIBUTE.countries]: { DataType: 'String.Array', StringValue: JSON.stringify(alert.attributes.countries) },
  [ALERT_ATTRIBUTE.severity]: { DataType: 'String', StringValue: alert.attributes.severity },
});

export interface SnsAlertDispatcherOptions {
  sns: SNSClient;
  /** Watch id → topic ARN. */
  topicArns: Record<string, string>;
  persistenceStore: BasePersistenceLayer;
}

/**
 * Publishes each alert once per watch and story. Powertools idempotency keeps the (watch, story)
 * record in DynamoDB with a TTL: a conditional write claims it, and a publish that fails releases
 * it so the retry can send; a completed record makes any repeat return the stored result instead.
 */
export function snsAlertDispatcher(
  options: SnsAlertDispatcherOptions,
): AlertDispatcher & { registerLambdaContext(context: Context): void } {
  const config = new IdempotencyConfig({
    eventKeyJmesPath: '[watchId, storyId]',
    expiresAfterSeconds: ALERT_SUPPRESSION_SECONDS,
    throwOnNoIdempotencyKey: true,
  });
  const publishOnce = makeIdempotent(
    async (request: Alert & { requestId: string }) => {
      const topicArn = options.topicArns[request.watchId];
      if (!topicArn) throw new Error(`no SNS topic is configured for watch "${request.watchId}"`);
      const { requestId, ...alert } = request;
      const out = await options.sns.send(
        new PublishCommand({
          TopicArn: topicArn,
          Subject: alert.subject,
          MessageStructure: 'json',
          Message: alertMessage(alert),
          MessageAttributes: alertAttributes(alert),
        }),
      );
      return { requestId, messageId: out.MessageId ?? '' };
    },
    { persistenceStore: options.persistenceStore, config },
  );
  return {
    // In-progress records then expire with the invocation if it times out mid-publish.
    registerLambdaContext: (context) => config.registerLambdaContext(context),
    async dispatch(alert) {
      // The key covers only watch and story; a fresh request id tells whether this call published
      // or got back the result stored by an earlier one.
      const requestId = randomUUID();
      const result = await publishOnce({ ...alert, requestId });
      return result.requestId === requestId ? 'sent' : 'suppressed';
    },
  };
}

import { SNSClient } from '@aws-sdk/client-sns';
import { documentClient, once, requireEnv } from '../common/aws-clients.js';
import { alertSettingsFromEnv } from '../common/alert-settings.js';
import { systemClock } from '../common/clock.js';
import { dynamoDbAlertDecisionLog } from '../common/dynamodb-alert-decisions.js';
import { dynamoDbAlertStore } from '../common/dynamodb-alert-store.js';
import { dynamoDbStoryIndex } from '../common/dynamodb-story-index.js';
import { ENV } from '../common/env-names.js';
import { powertoolsMetricSink } from '../common/metrics.js';
import { createObservability } from '../common/powertools.js';
import { snsAlertPublisher } from '../common/sns-alert-dispatcher.js';
import { bundledWatches } from '../common/watches.js';
import type { SendDigestsHandlerDeps } from './handler.js';

export const productionDeps = once((): SendDigestsHandlerDeps => {
  const observability = createObservability('send-digests');
  const documents = observability.tracer.captureAWSv3Client(documentClient());
  const alertsTable = requireEnv(ENV.alertsTableName);
  const { retentionDays } = alertSettingsFromEnv();
  return {
    watches: bundledWatches(),
    stories: dynamoDbStoryIndex(documents, requireEnv(ENV.articlesTableName)),
    digests: dynamoDbAlertStore(documents, alertsTable, { retentionDays }),
    decisions: dynamoDbAlertDecisionLog(documents, alertsTable, retentionDays),
    publisher: snsAlertPublisher({
      sns: observability.tracer.captureAWSv3Client(new SNSClient({})),
      topicArns: JSON.parse(requireEnv(ENV.watchTopicArns)) as Record<string, string>,
    }),
    clock: systemClock,
    sink: powertoolsMetricSink(observability.metrics),
    observability,
  };
});

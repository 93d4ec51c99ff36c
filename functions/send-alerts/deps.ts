import { SNSClient } from '@aws-sdk/client-sns';
import { documentClient, once, requireEnv } from '../common/aws-clients.js';
import { systemClock } from '../common/clock.js';
import { alertSettingsFromEnv } from '../common/alert-settings.js';
import { dynamoDbAlertDecisionLog } from '../common/dynamodb-alert-decisions.js';
import { dynamoDbAlertStore } from '../common/dynamodb-alert-store.js';
import { dynamoDbStoryIndex } from '../common/dynamodb-story-index.js';
import { ENV } from '../common/env-names.js';
import { bundledFeeds } from '../common/feeds.js';
import { powertoolsMetricSink } from '../common/metrics.js';
import { createObservability } from '../common/powertools.js';
import { snsAlertPublisher } from '../common/sns-alert-dispatcher.js';
import { bundledWatches } from '../common/watches.js';
import type { SendAlertsHandlerDeps } from './handler.js';

export const productionDeps = once((): SendAlertsHandlerDeps => {
  const observability = createObservability('send-alerts');
  const documents = observability.tracer.captureAWSv3Client(documentClient());
  const alertsTable = requireEnv(ENV.alertsTableName);
  const { settings, retentionDays } = alertSettingsFromEnv();
  const store = dynamoDbAlertStore(documents, alertsTable, { retentionDays });
  return {
    watches: bundledWatches(),
    stories: dynamoDbStoryIndex(documents, requireEnv(ENV.articlesTableName)),
    states: store,
    digests: store,
    decisions: dynamoDbAlertDecisionLog(documents, alertsTable, retentionDays),
    publisher: snsAlertPublisher({
      sns: observability.tracer.captureAWSv3Client(new SNSClient({})),
      topicArns: JSON.parse(requireEnv(ENV.watchTopicArns)) as Record<string, string>,
    }),
    clock: systemClock,
    settings,
    feedUrls: new Map(bundledFeeds().map((feed) => [feed.id, feed.url])),
    sink: powertoolsMetricSink(observability.metrics),
    observability,
  };
});

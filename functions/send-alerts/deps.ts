import { SNSClient } from '@aws-sdk/client-sns';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { documentClient, once, requireEnv } from '../common/aws-clients.js';
import { dynamoDbStoryIndex } from '../common/dynamodb-story-index.js';
import { ENV } from '../common/env-names.js';
import { powertoolsMetricSink } from '../common/metrics.js';
import { createObservability } from '../common/powertools.js';
import { snsAlertDispatcher } from '../common/sns-alert-dispatcher.js';
import { bundledWatches } from '../common/watches.js';
import type { SendAlertsHandlerDeps } from './handler.js';

export const productionDeps = once((): SendAlertsHandlerDeps => {
  const observability = createObservability('send-alerts');
  const dispatcher = snsAlertDispatcher({
    sns: observability.tracer.captureAWSv3Client(new SNSClient({})),
    topicArns: JSON.parse(requireEnv(ENV.watchTopicArns)) as Record<string, string>,
    persistenceStore: new DynamoDBPersistenceLayer({
      tableName: requireEnv(ENV.idempotencyTableName),
      awsSdkV3Client: observability.tracer.captureAWSv3Client(new DynamoDBClient({})),
    }),
  });
  return {
    watches: bundledWatches(),
    stories: dynamoDbStoryIndex(observability.tracer.captureAWSv3Client(documentClient()), requireEnv(ENV.articlesTableName)),
    dispatcher,
    sink: powertoolsMetricSink(observability.metrics),
    observability,
    registerContext: dispatcher.registerLambdaContext,
  };
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { inject } from 'vitest';
import type { Alert } from '../../../shared/watch/alert.js';
import { WatchSchema } from '../../../shared/watch/watch.js';
import { snsAlertDispatcher } from '../../../functions/common/sns-alert-dispatcher.js';
import { provisionLocal, type LocalResources } from '../../../local/provision.js';
import { LOCAL_AWS, startFauxqs, type LocalServer } from '../../../local/servers.js';
import { alertFromNotification, localLambdaContext, takeAll } from '../../../local/sqs-driver.js';
import { uniquePrefix } from '../../support/local-aws.js';

const watch = WatchSchema.parse({
  id: 'venezuela-sanctions',
  name: 'Sanctions on Venezuela',
  categories: ['sanctions'],
  patients: ['VE'],
  subscriptions: { email: ['desk@example.com'], sms: ['+15555550100'], smsMinSeverity: 'high' },
});

/** A dispatcher inside an invocation, as on Lambda, so in-progress claims know when the invocation ends. */
const dispatcherFor = (sns: SNSClient, topicArns: Record<string, string>, persistenceStore: DynamoDBPersistenceLayer) => {
  const dispatcher = snsAlertDispatcher({ sns, topicArns, persistenceStore });
  dispatcher.registerLambdaContext(localLambdaContext('send-alerts'));
  return dispatcher;
};

const anAlert = (storyId: string, severity: Alert['attributes']['severity']): Alert => ({
  watchId: watch.id,
  storyId,
  articleId: storyId,
  subject: '[Tocsin] Sanctions on Venezuela: US sanctions Bandes',
  email: `Watch: Sanctions on Venezuela\nstory ${storyId}`,
  sms: `Tocsin ${severity.toUpperCase()} story ${storyId}`,
  attributes: { category: 'sanctions', countries: ['US', 'VE'], severity },
});

describe('snsAlertDispatcher on fauxqs (SNS/SQS) and DynamoDB Local (idempotency)', () => {
  let messaging: LocalServer;
  let sns: SNSClient;
  let sqs: SQSClient;
  let dynamo: DynamoDBClient;
  let resources: LocalResources;
  let persistenceStore: DynamoDBPersistenceLayer;
  /** Alerts a stand-in subscriber received for these stories; each test uses its own story ids. */
  const received = async (protocol: 'email' | 'sms', ...storyIds: string[]) =>
    (await takeAll(sqs, resources.subscribers.find((s) => s.protocol === protocol)!.queueUrl))
      .map((m) => alertFromNotification(m.Body!))
      .filter((alert) => storyIds.includes(alert.storyId));

  beforeAll(async () => {
    messaging = await startFauxqs();
    sns = new SNSClient({ endpoint: messaging.endpoint, ...LOCAL_AWS });
    sqs = new SQSClient({ endpoint: messaging.endpoint, ...LOCAL_AWS });
    dynamo = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), ...LOCAL_AWS });
    resources = await provisionLocal({ dynamo, sqs, sns }, [watch], uniquePrefix());
    persistenceStore = new DynamoDBPersistenceLayer({ tableName: resources.idempotencyTable, awsSdkV3Client: dynamo });
  });
  afterAll(async () => {
    await messaging?.stop();
  });

  it('delivers every alert by email but only high-severity ones by SMS (filter policy)', async () => {
    const dispatcher = dispatcherFor(sns, resources.watchTopicArns, persistenceStore);

    expect(await dispatcher.dispatch(anAlert('story-high', 'high'))).toBe('sent');
    expect(await dispatcher.dispatch(anAlert('story-medium', 'medium'))).toBe('sent');

    expect((await received('email', 'story-high', 'story-medium')).map((a) => a.storyId).sort()).toEqual(['story-high', 'story-medium']);
    expect((await received('sms', 'story-high', 'story-medium')).map((a) => a.storyId)).toEqual(['story-high']);
  });

  it('suppresses a second alert for the same watch and story, even from another dispatcher instance', async () => {
    const first = dispatcherFor(sns, resources.watchTopicArns, persistenceStore);
    const second = dispatcherFor(sns, resources.watchTopicArns, persistenceStore);

    expect(await first.dispatch(anAlert('story-repeat', 'high'))).toBe('sent');
    expect(await second.dispatch(anAlert('story-repeat', 'high'))).toBe('suppressed');

    expect(await received('email', 'story-repeat')).toHaveLength(1);
  });

  it('releases the claim when publishing fails, so the retry sends the alert', async () => {
    // An SDK stub for the error path only: SNS refuses once.
    const failingSns = { send: async () => Promise.reject(new Error('SNS throttled')) } as unknown as SNSClient;
    const failing = dispatcherFor(failingSns, resources.watchTopicArns, persistenceStore);
    const working = dispatcherFor(sns, resources.watchTopicArns, persistenceStore);

    await expect(failing.dispatch(anAlert('story-retry', 'high'))).rejects.toThrow('SNS throttled');
    expect(await working.dispatch(anAlert('story-retry', 'high'))).toBe('sent');

    expect((await received('email', 'story-retry')).map((a) => a.storyId)).toEqual(['story-retry']);
  });

  it('refuses an alert for a watch with no topic, naming the watch', async () => {
    const dispatcher = dispatcherFor(sns, {}, persistenceStore);
    await expect(dispatcher.dispatch({ ...anAlert('story-x', 'low'), watchId: 'unknown-watch' })).rejects.toThrow(
      'no SNS topic is configured for watch "unknown-watch"',
    );
  });
});

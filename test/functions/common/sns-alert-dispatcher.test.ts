import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { inject } from 'vitest';
import { composeAlert, type Alert } from '../../../shared/watch/alert.js';
import { composeDigest, digestItemOf } from '../../../shared/watch/digest.js';
import { SNS_MESSAGE_MAX_BYTES } from '../../../shared/watch/message-text.js';
import { WatchSchema } from '../../../shared/watch/watch.js';
import { alertAttributes, alertMessage, publishedBytes, snsAlertPublisher } from '../../../functions/common/sns-alert-dispatcher.js';
import { provisionLocal, type LocalResources } from '../../../local/provision.js';
import { LOCAL_AWS, startFauxqs, type LocalServer } from '../../../local/servers.js';
import { alertFromNotification, takeAll } from '../../../local/sqs-driver.js';
import { aMention, aTaggedEvent } from '../../support/factories.js';
import { uniquePrefix } from '../../support/local-aws.js';

const watch = WatchSchema.parse({
  id: 'venezuela-sanctions',
  name: 'Sanctions on Venezuela',
  categories: ['sanctions'],
  patients: ['VE'],
  subscriptions: { email: ['desk@example.com'], sms: ['+15555550100'], smsMinSeverity: 'high' },
});

const anAlert = (storyId: string, modality: 'asserted' | 'reported'): Alert => {
  const event = aTaggedEvent({ storyId, articleId: storyId, mentions: [aMention({ modality })] });
  return composeAlert({ watch, event, matched: event.mentions, alsoReportedBy: [], alertId: `id-${storyId}` });
};

describe('snsAlertPublisher on fauxqs (SNS and SQS stand-ins for the email and SMS subscribers)', () => {
  let messaging: LocalServer;
  let sns: SNSClient;
  let sqs: SQSClient;
  let resources: LocalResources;
  /** What a stand-in subscriber received for these stories; each test uses its own story ids. */
  const received = async (protocol: 'email' | 'sms', ...storyIds: string[]) =>
    (await takeAll(sqs, resources.subscribers.find((s) => s.protocol === protocol)!.queueUrl))
      .map((m) => alertFromNotification(m.Body!) as Alert)
      .filter((alert) => storyIds.includes(alert.storyId));

  beforeAll(async () => {
    messaging = await startFauxqs();
    sns = new SNSClient({ endpoint: messaging.endpoint, ...LOCAL_AWS });
    sqs = new SQSClient({ endpoint: messaging.endpoint, ...LOCAL_AWS });
    const dynamo = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), ...LOCAL_AWS });
    resources = await provisionLocal({ dynamo, sqs, sns }, [watch], uniquePrefix());
  });
  afterAll(async () => {
    await messaging?.stop();
  });

  it('delivers every alert by email but only high-severity ones by SMS (filter policy), with the email body intact', async () => {
    const publisher = snsAlertPublisher({ sns, topicArns: resources.watchTopicArns });
    const high = anAlert('story-high', 'asserted');

    expect(await publisher.publish(high)).toMatch(/.+/);
    await publisher.publish(anAlert('story-medium', 'reported'));

    const emails = await received('email', 'story-high', 'story-medium');
    expect(emails.map((a) => a.storyId).sort()).toEqual(['story-high', 'story-medium']);
    expect(emails.find((a) => a.storyId === 'story-high')).toEqual(high);
    expect((await received('sms', 'story-high', 'story-medium')).map((a) => a.storyId)).toEqual(['story-high']);
  });

  it('carries the alert id in the subject and the attributes, so a subscriber can drop a repeat', () => {
    const alert = anAlert('story-id', 'asserted');

    expect(alert.subject.startsWith('[Tocsin id-story-id] ')).toBe(true);
    expect(alertAttributes(alert)).toMatchObject({ alertId: { DataType: 'String', StringValue: 'id-story-id' }, kind: { StringValue: 'alert' } });
  });

  it('refuses an alert for a watch with no topic, naming the watch', async () => {
    const publisher = snsAlertPublisher({ sns, topicArns: {} });

    await expect(publisher.publish({ ...anAlert('story-x', 'asserted'), watchId: 'unknown-watch' })).rejects.toThrow(
      'no SNS topic is configured for watch "unknown-watch"',
    );
  });
});

describe('alertMessage: within SNS limits by construction', () => {
  // The worst a message can hold: three-byte script, quotes that JSON escapes, a thousand mentions, five hundred sources.
  const heavy = '“制裁”\\"'.repeat(5_000);
  const mentions = Array.from({ length: 1_000 }, () => aMention({ evidence: { start: 0, end: heavy.length, text: heavy } }));
  const event = aTaggedEvent({ title: heavy.slice(0, 1_000), mentions, url: `https://news.example.com/${'a'.repeat(2_000)}` });
  const sources = Array.from({ length: 500 }, (_, i) => ({ articleId: `a${i}`, sourceName: heavy.slice(0, 300), url: `https://s${i}.example.org/${'p'.repeat(2_000)}` }));
  const heavyWatch = WatchSchema.parse({ ...watch, name: heavy.slice(0, 5_000) });
  const changes = Array.from({ length: 1_000 }, (_, i) => ({ kind: 'target' as const, category: 'sanctions' as const, target: `E${i}`, now: heavy, before: heavy }));

  it('keeps the worst first alert and the worst update under 256 KiB, body and attributes together', () => {
    for (const update of [undefined, { changes: changes.slice(0, 10), total: changes.length, follows: 'x' }]) {
      const alert = composeAlert({ watch: heavyWatch, event, matched: mentions, alsoReportedBy: sources, alertId: 'a1b2c3d4e5f6', update });

      expect(publishedBytes(alertMessage(alert), alertAttributes(alert))).toBeLessThan(SNS_MESSAGE_MAX_BYTES);
      expect(alert.subject.length).toBeLessThan(100);
    }
  });

  it('keeps the worst digest under 256 KiB', () => {
    const items = Array.from({ length: 500 }, (_, i) => {
      const input = { watch: heavyWatch, event: { ...event, storyId: `s${i}` }, matched: mentions, alsoReportedBy: [], alertId: `a${i}` };
      return digestItemOf(composeAlert(input), input, 'held', '2019-03-25T09:00:00.000Z');
    });
    const digest = composeDigest({ watch: heavyWatch, items, sourceCounts: new Map(), sourceCountLimit: 20, deliveryAt: new Date('2019-03-26T07:00:00Z') });

    expect(publishedBytes(alertMessage(digest), alertAttributes(digest))).toBeLessThan(SNS_MESSAGE_MAX_BYTES);
  });
});

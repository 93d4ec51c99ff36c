import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlertStateStore, DigestRecord, DigestStore, StoryAlertState } from '../../../shared/ports.js';
import { DEFAULT_ALERT_SETTINGS, sendAlerts } from '../../../shared/use-cases/send-alerts.js';
import { sendDigests } from '../../../shared/use-cases/send-digests.js';
import { mergeBaseline } from '../../../shared/watch/changes.js';
import type { DigestItem } from '../../../shared/watch/digest.js';
import { dynamoDbAlertDecisionLog } from '../../../functions/common/dynamodb-alert-decisions.js';
import { alertKeys, dynamoDbAlertStore } from '../../../functions/common/dynamodb-alert-store.js';
import { aMention, aTaggedEvent, aWatch } from '../../support/factories.js';
import { InMemoryStoryIndex, MovableClock, RecordingAlertPublisher } from '../../support/in-memory-ports.js';
import { dynamoDbLocalTables } from '../../support/local-aws.js';

const aState = (version: number, storyId = 'story-1'): StoryAlertState => ({
  watchId: 'venezuela-sanctions',
  storyId,
  version,
  openedAt: '2019-03-25T09:00:00.000Z',
  baseline: mergeBaseline(undefined, [aMention()]),
  alerts: [{ alertId: 'a1', articleId: 'article-1', ingestedAt: '2019-03-25T08:59:00.000Z', kind: 'alert', changes: [], route: 'realtime', status: 'sent', decidedAt: '2019-03-25T09:00:00.000Z', messageId: 'm1' }],
  expiresAt: 1_556_182_800,
});

const anItem = (alertId: string, decidedAt: string, watchId = 'daily'): DigestItem => ({
  alertId,
  kind: 'alert',
  watchId,
  storyId: `story-${alertId}`,
  articleId: `article-${alertId}`,
  title: 'US sanctions Venezuela',
  url: 'https://news.example.com/1',
  provenance: { sourceName: 'Example News', offSite: false },
  severity: 'high',
  category: 'sanctions',
  countries: ['US', 'VE'],
  evidence: 'sanctions / imposed (asserted): "..."',
  changes: [],
  published: '2019-03-25T08:00:00.000Z',
  reason: 'queued',
  decidedAt,
});

describe('dynamoDbAlertStore on DynamoDB Local', () => {
  let store: AlertStateStore & DigestStore;
  let documents: DynamoDBDocumentClient;
  let table: string;
  beforeAll(async () => {
    const local = await dynamoDbLocalTables();
    documents = local.documents;
    table = local.alertsTable;
    store = dynamoDbAlertStore(documents, table, { retentionDays: 365 });
  });

  it('writes a story state only over the version it read: the loser of a race learns it lost', async () => {
    expect(await store.put(aState(1), 0)).toBe(true);
    expect(await store.put(aState(1), 0)).toBe(false);
    expect(await store.put(aState(2), 1)).toBe(true);
    expect(await store.put(aState(3), 1)).toBe(false);

    expect(await store.get('venezuela-sanctions', 'story-1')).toEqual(aState(2));
  });

  it('expires a story state at the end of its suppression window (TTL attribute)', async () => {
    await store.put(aState(1, 'story-ttl'), 0);

    const { Item } = await documents.send(new GetCommand({ TableName: table, Key: alertKeys.storyState('venezuela-sanctions', 'story-ttl') }));

    expect(Item?.expiresAt).toBe(1_556_182_800);
  });

  it('counts hourly slots up to the limit, per watch and hour', async () => {
    const taken = [];
    for (let i = 0; i < 4; i++) taken.push(await store.takeHourlySlot('busy', '2019-03-25T09', 3));

    expect(taken).toEqual([true, true, true, false]);
    expect(await store.takeHourlySlot('busy', '2019-03-25T10', 3)).toBe(true);
    expect(await store.takeHourlySlot('other', '2019-03-25T09', 3)).toBe(true);
  });

  it('lists waiting alerts decided before a time, oldest first, bounded, and removes them', async () => {
    for (const [id, at] of [['c', '2019-03-25T11:00:00.000Z'], ['a', '2019-03-25T09:00:00.000Z'], ['b', '2019-03-25T10:00:00.000Z']] as const) {
      await store.addWaiting(anItem(id, at));
    }
    await store.addWaiting(anItem('a', '2019-03-25T09:00:00.000Z'));

    const before = await store.waiting('daily', '2019-03-25T10:30:00.000Z', 10);
    const firstOnly = await store.waiting('daily', '2019-03-25T12:00:00.000Z', 1);
    await store.removeWaiting('daily', before);

    expect(before.map((i) => i.alertId)).toEqual(['a', 'b']);
    expect(firstOnly.map((i) => i.alertId)).toEqual(['a']);
    expect((await store.waiting('daily', '2019-03-26T00:00:00.000Z', 10)).map((i) => i.alertId)).toEqual(['c']);
  });

  it('claims a digest once per watch and delivery time, and returns the latest', async () => {
    const record = (deliveryAt: string): DigestRecord => ({
      watchId: 'daily',
      deliveryAt,
      status: 'claimed',
      claimedAt: deliveryAt,
      message: { alertId: 'd1', kind: 'digest', watchId: 'daily', storyIds: [], subject: 's', email: 'e', sms: 's', attributes: { category: 'sanctions', countries: [], severity: 'low' } },
      items: [],
    });

    expect(await store.claimDigest(record('2019-03-25T08:00:00.000Z'))).toBe(true);
    expect(await store.claimDigest(record('2019-03-25T08:00:00.000Z'))).toBe(false);
    await store.claimDigest(record('2019-03-26T08:00:00.000Z'));
    await store.updateDigest({ ...record('2019-03-26T08:00:00.000Z'), status: 'done' });

    expect(await store.latestDigest('daily')).toMatchObject({ deliveryAt: '2019-03-26T08:00:00.000Z', status: 'done' });
  });

  it('runs send-alerts and send-digests end to end: a rate-limited alert goes out once in the next roll-up', async () => {
    const clock = new MovableClock('2019-03-25T09:10:00.000Z');
    const publisher = new RecordingAlertPublisher();
    const decisions = dynamoDbAlertDecisionLog(documents, table);
    const watch = aWatch({ id: 'limited', maxPerHour: 1 });
    const deps = { watches: [watch], stories: new InMemoryStoryIndex(), states: store, digests: store, decisions, publisher, clock, settings: DEFAULT_ALERT_SETTINGS, feedUrls: new Map() };

    const outcomes = [...(await sendAlerts(aTaggedEvent({ storyId: 'x1', articleId: 'x1' }), deps))];
    clock.set('2019-03-25T09:20:00.000Z');
    outcomes.push(...(await sendAlerts(aTaggedEvent({ storyId: 'x2', articleId: 'x2' }), deps)));
    clock.set('2019-03-25T10:00:30.000Z');
    const first = await sendDigests(deps);
    const second = await sendDigests(deps);

    expect(outcomes.map((o) => o.outcome)).toEqual(['sent', 'rate-limited']);
    expect(first.map((o) => o.status)).toEqual(['sent']);
    expect(second.map((o) => o.status)).toEqual(['already-sent']);
    expect(publisher.published.map((m) => m.kind)).toEqual(['alert', 'digest']);
    const audit = await decisions.list({ watchId: 'limited', limit: 10 });
    expect(audit.decisions.map((d) => d.outcome)).toEqual(['digested', 'rate-limited', 'sent']);
  });
});

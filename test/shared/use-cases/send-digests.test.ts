import { describe, expect, it } from 'vitest';
import { sendAlerts } from '../../../shared/use-cases/send-alerts.js';
import { sendDigests } from '../../../shared/use-cases/send-digests.js';
import type { Digest } from '../../../shared/watch/digest.js';
import { aMention, aTaggedEvent, aWatch } from '../../support/factories.js';
import { inMemoryAlerting, MovableClock } from '../../support/in-memory-ports.js';

const daily = aWatch({ id: 'sanctions-daily', name: 'Sanctions daily', delivery: { mode: 'daily', at: '08:00', timeZone: 'Europe/London' } });

/** A daily-digest watch with three alerts waiting: two on one story (the first and a copy), one on another. */
async function givenWaitingAlerts() {
  const clock = new MovableClock('2019-03-28T09:00:00.000Z');
  const alerting = inMemoryAlerting([daily], clock);
  await alerting.stories.add({ id: 's1', storyId: 's1', fingerprint: '', url: 'https://a.example.com/1', source: { id: 'a', name: 'A' } });
  await alerting.stories.add({ id: 's1-copy', storyId: 's1', fingerprint: '', url: 'https://b.example.com/1', source: { id: 'b', name: 'B' } });
  const event = (storyId: string, articleId: string, publishedAt = '2019-03-28T08:00:00.000Z') =>
    aTaggedEvent({ storyId, articleId, publishedAt, url: `https://news.example.com/${articleId}` });
  await sendAlerts(event('s1', 's1'), alerting.alerts);
  await sendAlerts(aTaggedEvent({ storyId: 's1', articleId: 's1-update', publishedAt: '2019-03-28T08:30:00.000Z', mentions: [aMention(), aMention({ patients: [{ kind: 'state', code: 'IR', surface: 'Iran' }] })] }), alerting.alerts);
  await sendAlerts(event('s2', 's2'), alerting.alerts);
  return { clock, ...alerting };
}

describe('sendDigests', () => {
  it('sends nothing before the digest time', async () => {
    const { digests, publisher, clock } = await givenWaitingAlerts();
    clock.set('2019-03-29T07:59:00.000Z');

    expect(await sendDigests(digests)).toEqual([]);
    expect(publisher.published).toEqual([]);
  });

  it('at the digest time, sends one message listing each story once, with its source count, and audits each alert as digested', async () => {
    const { digests, publisher, clock, decisions, store } = await givenWaitingAlerts();
    clock.set('2019-03-29T08:01:00.000Z');

    const outcomes = await sendDigests(digests);

    expect(outcomes).toEqual([expect.objectContaining({ status: 'sent', deliveryAt: '2019-03-29T08:00:00.000Z', items: 3, stories: 2 })]);
    const digest = publisher.published[0] as Digest;
    expect(digest.storyIds).toEqual(['s1', 's2']);
    expect(digest.email).toContain('   Sources: 2');
    expect(digest.email).toContain('   Updated: New target: IR');
    expect(decisions.outcomes('sanctions-daily')).toEqual(['queued', 'queued', 'queued', 'digested', 'digested', 'digested']);
    expect(decisions.all.find((d) => d.outcome === 'digested')).toMatchObject({ digestId: digest.alertId, snsMessageId: 'sns-1' });
    expect(store.waitingItems.size).toBe(0);
  });

  it('sends the digest once when its schedule fires twice in the period', async () => {
    const { digests, publisher, clock } = await givenWaitingAlerts();
    clock.set('2019-03-29T08:00:30.000Z');
    const first = await sendDigests(digests);
    clock.set('2019-03-29T08:05:00.000Z');
    const second = await sendDigests(digests);

    expect(first.map((o) => o.status)).toEqual(['sent']);
    expect(second).toEqual([{ watchId: 'sanctions-daily', status: 'already-sent', deliveryAt: '2019-03-29T08:00:00.000Z' }]);
    expect(publisher.published).toHaveLength(1);
  });

  it('when two runs race for one period, only the one that claims it publishes', async () => {
    const { digests, publisher, clock } = await givenWaitingAlerts();
    clock.set('2019-03-29T08:00:30.000Z');

    const [a, b] = await Promise.all([sendDigests(digests), sendDigests(digests)]);

    expect([...a, ...b].map((o) => o.status).sort()).toEqual(['already-sent', 'sent']);
    expect(publisher.published).toHaveLength(1);
  });

  it('a run that failed to publish is finished by a later run with the same message, and its alerts go in no other digest', async () => {
    const { digests, publisher, clock, store } = await givenWaitingAlerts();
    clock.set('2019-03-29T08:00:30.000Z');
    publisher.failNext('refuse');
    expect(await sendDigests(digests)).toEqual([{ watchId: 'sanctions-daily', status: 'failed', error: 'SNS throttled the publish' }]);

    clock.set('2019-03-29T08:01:00.000Z');
    const tooSoon = await sendDigests(digests);
    clock.set('2019-03-29T08:05:00.000Z');
    const resumed = await sendDigests(digests);
    clock.set('2019-03-30T08:05:00.000Z');
    const nextDay = await sendDigests(digests);

    expect(tooSoon.map((o) => o.status)).toEqual(['in-progress']);
    expect(resumed).toEqual([expect.objectContaining({ status: 'sent', deliveryAt: '2019-03-29T08:00:00.000Z', items: 3 })]);
    expect(nextDay).toEqual([]);
    expect(publisher.published).toHaveLength(1);
    expect(store.waitingItems.size).toBe(0);
  });

  it('leaves alerts decided after the delivery time for the next digest', async () => {
    const { digests, alerts, publisher, clock, store } = await givenWaitingAlerts();
    clock.set('2019-03-29T08:00:00.000Z');
    await sendAlerts(aTaggedEvent({ storyId: 's3', articleId: 's3', publishedAt: '2019-03-29T07:00:00.000Z' }), alerts);
    clock.set('2019-03-29T08:03:00.000Z');

    await sendDigests(digests);

    expect((publisher.published[0] as Digest).storyIds).toEqual(['s1', 's2']);
    expect([...store.waitingItems.values()].map((i) => i.storyId)).toEqual(['s3']);
  });
});

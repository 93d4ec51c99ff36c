import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../../shared/tagging/index.js';
import { AlertInProgressError, sendAlerts } from '../../../shared/use-cases/send-alerts.js';
import { sendDigests } from '../../../shared/use-cases/send-digests.js';
import type { Alert } from '../../../shared/watch/alert.js';
import type { Watch } from '../../../shared/watch/watch.js';
import { bundledWatches } from '../../../functions/common/watches.js';
import { aDeploymentMention, aMention, aRussiaAbroadWatch, aTaggedEvent, aWatch } from '../../support/factories.js';
import { inMemoryAlerting, MovableClock, RecordingAlertPublisher } from '../../support/in-memory-ports.js';

const FIRST_ARTICLE = readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8');
const SHIPPED_WATCHES = bundledWatches();
const russiaAbroad = aRussiaAbroadWatch();
const span = (text: string) => ({ start: 0, end: text.length, text });

/** Alerting as deployed, in memory; the clock starts an hour after the factory article was published. */
function given(watches: readonly Watch[], at = '2019-03-25T09:00:00.000Z') {
  const clock = new MovableClock(at);
  return { clock, ...inMemoryAlerting(watches, clock) };
}

const storyEvent = (storyId: string, articleId = storyId) =>
  aTaggedEvent({ storyId, articleId, url: `https://news.example.com/${articleId}` });
const iranMention = aMention({
  patients: [{ kind: 'state', code: 'IR', surface: 'Iran' }],
  evidence: span('Washington also imposed sanctions on Iran’s central bank on Thursday.'),
});

describe('sendAlerts: one alert per watch and story', () => {
  it('alerts on the first article of a story and suppresses a copy from another outlet', async () => {
    const { alerts, publisher, decisions } = given([aWatch()]);

    const first = await sendAlerts(storyEvent('story-1', 'article-1'), alerts);
    const copy = await sendAlerts(storyEvent('story-1', 'article-2'), alerts);

    expect([...first, ...copy].map((o) => o.outcome)).toEqual(['sent', 'suppressed']);
    expect(publisher.published.map((m) => (m as Alert).articleId)).toEqual(['article-1']);
    expect(decisions.all.find((d) => d.outcome === 'suppressed')?.reason).toMatch(/^repeat: nothing new since alert [0-9a-f]{12}$/);
  });

  it('does nothing for a watch whose filters match none of the mentions', async () => {
    const { alerts, publisher, decisions } = given([aWatch({ patients: ['IR'] })]);

    expect(await sendAlerts(aTaggedEvent(), alerts)).toEqual([]);
    expect(publisher.published).toEqual([]);
    expect(decisions.all).toEqual([]);
  });

  it('alerts only the watch that matches, with only its mentions', async () => {
    const { alerts, publisher } = given([aWatch(), russiaAbroad]);

    const outcomes = await sendAlerts(aTaggedEvent({ mentions: [aMention(), aDeploymentMention({ modality: 'negated' })] }), alerts);

    expect(outcomes.map((o) => [o.watchId, o.outcome])).toEqual([['venezuela-sanctions', 'sent']]);
    expect(publisher.published[0]?.email).not.toContain('military-deployment');
  });

  it('alerts each watch once on a story, and a redelivered event changes nothing', async () => {
    const { alerts, publisher } = given([aWatch(), russiaAbroad]);
    const event = aTaggedEvent({ mentions: [aMention(), aDeploymentMention()] });

    const first = await sendAlerts(event, alerts);
    const redelivered = await sendAlerts(event, alerts);

    expect(first.map((o) => o.outcome)).toEqual(['sent', 'sent']);
    expect(redelivered.map((o) => o.outcome)).toEqual(['already-decided', 'already-decided']);
    expect(publisher.published).toHaveLength(2);
  });

  it('lists the story’s earlier source under "Also reported by"', async () => {
    const { alerts, stories, publisher } = given([aWatch()]);
    await stories.add({ id: 'article-1', storyId: 'article-1', fingerprint: '', url: 'https://www.theguardian.com/world/venezuela', source: { id: 'guardian', name: 'The Guardian' } });

    await sendAlerts(aTaggedEvent({ articleId: 'article-2', storyId: 'article-1' }), alerts);

    expect(publisher.published[0]?.email).toContain('Also reported by:\n- The Guardian: https://www.theguardian.com/world/venezuela');
  });

  it('alerts both shipped realtime watches on the first article, tagged for real', async () => {
    const { alerts, publisher } = given(SHIPPED_WATCHES);

    const outcomes = await sendAlerts(aTaggedEvent({ mentions: tagText(FIRST_ARTICLE) }), alerts);

    expect(outcomes.filter((o) => o.outcome === 'sent').map((o) => o.watchId)).toEqual(['venezuela-sanctions', 'russia-deployments-abroad']);
    const [sanctions, deployments] = publisher.published;
    expect(sanctions?.email).toContain('On Friday it sanctioned its development bank, Bandes');
    expect(sanctions?.attributes).toMatchObject({ category: 'sanctions', severity: 'high' });
    expect(deployments?.email).toContain('two Russian military planes delivered troops and equipment to Venezuela');
  });

  it('decides once when two copies of a story race: one sends, the other is a repeat', async () => {
    const { alerts, publisher } = given([aWatch()]);

    const outcomes = (await Promise.all([sendAlerts(storyEvent('story-1', 'a'), alerts), sendAlerts(storyEvent('story-1', 'b'), alerts)])).flat();

    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['sent', 'suppressed']);
    expect(publisher.published).toHaveLength(1);
  });
});

describe('sendAlerts: material updates', () => {
  it('sends no update for an unchanged copy or an immaterial one (a weaker mention of the same thing)', async () => {
    const { alerts, publisher, decisions } = given([aWatch()]);
    await sendAlerts(storyEvent('story-1', 'article-1'), alerts);

    const unchanged = await sendAlerts(storyEvent('story-1', 'article-2'), alerts);
    const weaker = await sendAlerts(
      aTaggedEvent({ storyId: 'story-1', articleId: 'article-3', mentions: [aMention({ subtype: 'threatened', modality: 'reported', confidence: 0.6 })] }),
      alerts,
    );

    expect([...unchanged, ...weaker].map((o) => o.outcome)).toEqual(['suppressed', 'suppressed']);
    expect(publisher.published).toHaveLength(1);
    expect(decisions.outcomes()).toEqual(['sent', 'suppressed', 'suppressed']);
  });

  it('sends one update per material change, naming it, with the new evidence beside the old', async () => {
    const { alerts, publisher } = given([aWatch()]);
    const threat = aMention({ subtype: 'threatened', confidence: 0.7, evidence: span('The US threatened to impose sanctions on Venezuela’s oil industry.') });
    await sendAlerts(aTaggedEvent({ storyId: 'story-1', articleId: 'a1', mentions: [threat] }), alerts);

    const escalation = await sendAlerts(aTaggedEvent({ storyId: 'story-1', articleId: 'a2', mentions: [aMention()] }), alerts);
    const sameAgain = await sendAlerts(aTaggedEvent({ storyId: 'story-1', articleId: 'a3', mentions: [aMention()] }), alerts);
    const newTarget = await sendAlerts(aTaggedEvent({ storyId: 'story-1', articleId: 'a4', mentions: [aMention(), iranMention] }), alerts);

    expect([...escalation, ...sameAgain, ...newTarget].map((o) => o.outcome)).toEqual(['update-sent', 'suppressed', 'update-sent']);
    const [first, update1, update2] = publisher.published as Alert[];
    expect(publisher.published.map((m) => m.kind)).toEqual(['alert', 'update', 'update']);
    expect(update1?.email).toContain(`(an update to alert ${first?.alertId})`);
    expect(update1?.email).toContain('- Escalated: sanctions threatened -> imposed');
    expect(update1?.email).toContain('    Before: "The US threatened to impose sanctions on Venezuela’s oil industry."');
    expect(update2?.email).toContain('- New target: IR');
    expect(new Set(publisher.published.map((m) => m.alertId)).size).toBe(3);
  });

  it('treats a page revised at the same URL (same article id, stored again later) as news to compare, not as a redelivery', async () => {
    const { alerts, publisher } = given([aWatch()]);
    await sendAlerts(aTaggedEvent(), alerts);

    const revised = await sendAlerts(aTaggedEvent({ ingestedAt: '2019-03-25T08:40:00.000Z', mentions: [aMention(), iranMention] }), alerts);
    const revisedAgain = await sendAlerts(aTaggedEvent({ ingestedAt: '2019-03-25T08:50:00.000Z', mentions: [aMention(), iranMention] }), alerts);

    expect([...revised, ...revisedAgain].map((o) => o.outcome)).toEqual(['update-sent', 'suppressed']);
    expect(publisher.published.map((m) => m.kind)).toEqual(['alert', 'update']);
  });

  it('stops sending updates on a story past the per-story limit, and audits why', async () => {
    const { alerts, publisher, decisions } = given([aWatch()]);
    await sendAlerts(storyEvent('story-1', 'a0'), alerts);
    const targets = ['IR', 'CU', 'NI', 'SY', 'KP', 'BY', 'MM'];

    for (const [i, code] of targets.entries()) {
      await sendAlerts(aTaggedEvent({ storyId: 'story-1', articleId: `a${i + 1}`, mentions: [aMention({ patients: [{ kind: 'state', code, surface: code }] })] }), alerts);
    }

    expect(publisher.published.filter((m) => m.kind === 'update')).toHaveLength(5);
    expect(decisions.all.at(-1)).toMatchObject({ outcome: 'suppressed', reason: 'update limit: 5 updates already sent on this story', changes: ['New target: MM'] });
  });
});

describe('sendAlerts: freshness (backfills are not news)', () => {
  it('skips an article published outside the 72-hour window, and audits it as stale', async () => {
    const { alerts, publisher, decisions } = given([aWatch()]);

    const outcomes = await sendAlerts(aTaggedEvent({ publishedAt: '2004-03-01T00:00:00.000Z' }), alerts);

    expect(outcomes.map((o) => o.outcome)).toEqual(['skipped-stale']);
    expect(publisher.published).toEqual([]);
    expect(decisions.all[0]?.reason).toBe('published 2004-03-01T00:00:00.000Z: outside the 72 h freshness window');
  });

  it('judges an undated article by when it was fetched, and its alert says the date is unknown', async () => {
    const { alerts, publisher } = given([aWatch()]);
    const undated = aTaggedEvent({ publishedAt: undefined, fetchedAt: '2019-03-25T08:30:00.000Z' });

    const outcomes = await sendAlerts(undated, alerts);

    expect(outcomes[0]).toMatchObject({ outcome: 'sent', latency: { fromPublication: undefined, fromFetch: 1800 } });
    expect(publisher.published[0]?.email).toContain('Published: unknown (the source gave no date; fetched 2019-03-25T08:30:00.000Z)');
  });

  it('skips an undated article fetched long ago (a replayed queue), naming the time it was judged by', async () => {
    const { alerts, decisions } = given([aWatch()], '2019-04-10T00:00:00.000Z');

    await sendAlerts(aTaggedEvent({ publishedAt: undefined, fetchedAt: undefined, ingestedAt: '2019-03-25T08:06:00.000Z' }), alerts);

    expect(decisions.all[0]).toMatchObject({ outcome: 'skipped-stale', reason: 'date unknown, fetched 2019-03-25T08:06:00.000Z: outside the 72 h freshness window' });
  });
});

describe('sendAlerts: delivery modes, limits and quiet hours', () => {
  const night = { start: '22:00', end: '07:00', timeZone: 'Europe/London' };

  it('rolls alerts past the hourly limit into the next roll-up, sent at the top of the hour', async () => {
    const { alerts, digests, publisher, clock } = given([aWatch({ maxPerHour: 2 })], '2019-03-25T09:10:00.000Z');

    const outcomes = [];
    for (const story of ['s1', 's2', 's3', 's4']) outcomes.push(...(await sendAlerts(storyEvent(story), alerts)));
    const beforeTheHour = await sendDigests(digests);
    clock.set('2019-03-25T10:02:00.000Z');
    const atTheHour = await sendDigests(digests);

    expect(outcomes.map((o) => o.outcome)).toEqual(['sent', 'sent', 'rate-limited', 'rate-limited']);
    expect(beforeTheHour).toEqual([]);
    expect(atTheHour).toEqual([expect.objectContaining({ status: 'sent', deliveryAt: '2019-03-25T10:00:00.000Z', items: 2, stories: 2 })]);
    const rollUp = publisher.published.at(-1)!;
    expect(rollUp.kind).toBe('digest');
    expect(rollUp.email).toContain('2 past the hourly limit');
  });

  it('holds alerts in quiet hours across midnight and sends them at the window’s end, not before', async () => {
    const { alerts, digests, publisher, clock, decisions } = given([aWatch({ quietHours: night })], '2019-03-25T23:30:00.000Z');

    const held = await sendAlerts(aTaggedEvent({ publishedAt: '2019-03-25T23:00:00.000Z' }), alerts);
    clock.set('2019-03-26T03:00:00.000Z');
    const atThree = await sendDigests(digests);
    clock.set('2019-03-26T07:01:00.000Z');
    const atSeven = await sendDigests(digests);

    expect(held.map((o) => o.outcome)).toEqual(['held']);
    expect(atThree).toEqual([]);
    expect(atSeven).toEqual([expect.objectContaining({ status: 'sent', deliveryAt: '2019-03-26T07:00:00.000Z', items: 1 })]);
    expect(publisher.published).toHaveLength(1);
    expect(publisher.published[0]?.email).toContain('1 held in quiet hours');
    expect(decisions.outcomes()).toEqual(['held', 'digested']);
  });

  it('follows the local clock across a daylight-saving change: held at 06:30 BST, sent at 07:00 BST (06:00 UTC)', async () => {
    const { alerts, digests, clock } = given([aWatch({ quietHours: night })], '2019-03-31T05:30:00.000Z');

    const held = await sendAlerts(aTaggedEvent({ publishedAt: '2019-03-31T05:00:00.000Z' }), alerts);
    clock.set('2019-03-31T05:59:00.000Z');
    const stillQuiet = await sendDigests(digests);
    clock.set('2019-03-31T06:00:00.000Z');
    const wake = await sendDigests(digests);

    expect(held.map((o) => o.outcome)).toEqual(['held']);
    expect(stillQuiet).toEqual([]);
    expect(wake).toEqual([expect.objectContaining({ status: 'sent', deliveryAt: '2019-03-31T06:00:00.000Z' })]);
  });

  it('lets a critical alert through "critical-only" quiet hours and holds the rest', async () => {
    const { alerts } = given([aWatch({ quietHours: { ...night, during: 'critical-only' } })], '2019-03-25T23:30:00.000Z');

    const critical = await sendAlerts(storyEvent('s1'), alerts);
    const routine = await sendAlerts(aTaggedEvent({ storyId: 's2', articleId: 's2', mentions: [aMention({ modality: 'reported' })] }), alerts);

    expect([...critical, ...routine].map((o) => o.outcome)).toEqual(['sent', 'held']);
  });

  it('queues every alert of a daily-digest watch for its digest', async () => {
    const daily = aWatch({ delivery: { mode: 'daily', at: '08:00', timeZone: 'Europe/London' } });
    const { alerts, publisher, store } = given([daily]);

    const outcomes = await sendAlerts(storyEvent('s1'), alerts);

    expect(outcomes.map((o) => o.outcome)).toEqual(['queued']);
    expect(publisher.published).toEqual([]);
    expect([...store.waitingItems.values()].map((i) => i.reason)).toEqual(['queued']);
  });
});

describe('sendAlerts: faults', () => {
  it('after SNS accepted an alert but the reply was lost, the retry publishes the same alert id, so a subscriber can drop the repeat', async () => {
    const { alerts, publisher, clock, decisions } = given([aWatch()]);
    publisher.failNext('lose-reply');
    const event = storyEvent('s1');

    await expect(sendAlerts(event, alerts)).rejects.toThrow('socket hang up');
    clock.set('2019-03-25T09:02:00.000Z');
    const retry = await sendAlerts(event, alerts);

    expect(retry.map((o) => o.outcome)).toEqual(['sent']);
    expect(publisher.published).toHaveLength(2);
    expect(publisher.distinctAlertIds).toHaveLength(1);
    expect(publisher.published[0]?.subject).toBe(publisher.published[1]?.subject);
    expect(decisions.outcomes()).toEqual(['failed', 'sent']);
  });

  it('when recording a published alert fails once, retries the record, not the publish', async () => {
    const { alerts, publisher, store } = given([aWatch()]);
    const originalPublish = publisher.publish.bind(publisher);
    publisher.publish = async (message) => {
      const id = await originalPublish(message);
      store.failNextPut();
      return id;
    };

    const outcomes = await sendAlerts(storyEvent('s1'), alerts);

    expect(outcomes.map((o) => o.outcome)).toEqual(['sent']);
    expect(publisher.published).toHaveLength(1);
    expect([...store.states.values()][0]?.alerts[0]).toMatchObject({ status: 'sent', messageId: 'sns-1' });
  });

  it('after a refused publish, the retry resumes the same alert and sends it once', async () => {
    const { alerts, publisher } = given([aWatch()]);
    publisher.failNext('refuse');
    const event = storyEvent('s1');
    await expect(sendAlerts(event, alerts)).rejects.toThrow('SNS throttled');

    const retry = await sendAlerts(event, alerts);

    expect(retry.map((o) => o.outcome)).toEqual(['sent']);
    expect(publisher.published).toHaveLength(1);
  });

  it('a duplicate delivery of an event whose claim is fresh waits (in progress elsewhere); once the lease ends it resumes', async () => {
    const { alerts, publisher, store, clock } = given([aWatch()]);
    // A crash mid-publish: the claim was written, and no write after it (however often retried) lands.
    publisher.publish = async () => {
      for (let write = 0; write < 10; write++) store.failNextPut();
      throw new Error('Lambda timed out');
    };
    const event = storyEvent('s1');
    await expect(sendAlerts(event, alerts)).rejects.toThrow('Lambda timed out');
    publisher.publish = RecordingAlertPublisher.prototype.publish.bind(publisher);
    store.clearFailures();

    await expect(sendAlerts(event, alerts)).rejects.toBeInstanceOf(AlertInProgressError);
    clock.set('2019-03-25T09:01:01.000Z');
    const afterLease = await sendAlerts(event, alerts);

    expect(afterLease.map((o) => o.outcome)).toEqual(['sent']);
    expect(publisher.published).toHaveLength(1);
  });
});

describe('sendAlerts: the audit trail', () => {
  it('records each decision with the matching mentions, rule ids, evidence spans, channels and the SNS message id', async () => {
    const { alerts, decisions } = given([aWatch({ subscriptions: { email: ['desk@example.com'], sms: ['+15555550100'], smsMinSeverity: 'high' } })]);

    await sendAlerts(aTaggedEvent({ taggerVersion: 'tagger-2019.3' }), alerts);

    const [decision] = decisions.all;
    expect(decision).toMatchObject({
      watchId: 'venezuela-sanctions',
      storyId: 'article-1',
      articleId: 'article-1',
      outcome: 'sent',
      decidedAt: '2019-03-25T09:00:00.000Z',
      taggerVersion: 'tagger-2019.3',
      channels: ['email', 'sms'],
      snsMessageId: 'sns-1',
      severity: 'high',
    });
    expect(decision?.mentions).toEqual([
      expect.objectContaining({ ruleId: 'sanctions.imposed', evidence: aMention().evidence, confidence: 0.9 }),
    ]);
  });
});

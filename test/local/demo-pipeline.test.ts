import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { bundledWatches } from '../../functions/common/watches.js';
import { METRIC } from '../../functions/common/metric-names.js';
import type { Alert } from '../../shared/watch/alert.js';
import { DEMO_NOW, SettableClock } from '../../local/demo/demo-clock.js';
import { serveDemoFeed } from '../../local/demo/demo-feed.js';
import { createLocalPipeline, type DeliveredAlert, type LocalPipeline } from '../../local/pipeline.js';
import { startFauxqs, type LocalServer } from '../../local/servers.js';
import { uniquePrefix } from '../support/local-aws.js';

/**
 * End to end on real local servers: the demo feed over loopback HTTP, DynamoDB Local, fauxqs,
 * and the real handlers, as `npm start` runs them.
 */
describe('the local pipeline on the demo feed', () => {
  let messaging: LocalServer;
  let feed: Awaited<ReturnType<typeof serveDemoFeed>>;
  let pipeline: LocalPipeline;
  let firstPoll: Awaited<ReturnType<LocalPipeline['pollFeeds']>>;
  let firstAlerts: DeliveredAlert[];
  const clock = new SettableClock(DEMO_NOW);

  beforeAll(async () => {
    [messaging, feed] = await Promise.all([startFauxqs(), serveDemoFeed()]);
    pipeline = await createLocalPipeline({
      dynamoEndpoint: inject('dynamoEndpoint'),
      messagingEndpoint: messaging.endpoint,
      watches: bundledWatches(),
      feeds: [{ id: 'demo', name: 'Tocsin demo feed', url: feed.feedUrl }],
      prefix: uniquePrefix(),
      clock,
    });
    firstPoll = await pipeline.pollFeeds();
    await pipeline.drain();
    firstAlerts = await pipeline.takeDeliveredAlerts();
  });
  afterAll(async () => {
    pipeline?.destroy();
    await Promise.all([messaging?.stop(), feed?.stop()]);
  });

  const emails = (alerts: DeliveredAlert[], watchId: string, kind: Alert['kind'] = 'alert') =>
    alerts.filter((a) => a.protocol === 'email' && a.alert.watchId === watchId && a.alert.kind === kind).map((a) => a.alert);

  it('queues every entry with an http(s) link and rejects the one whose link is a script, with a reason', () => {
    expect(firstPoll).toHaveLength(1);
    const [outcome] = firstPoll;
    expect(outcome?.status).toBe('ok');
    if (outcome?.status !== 'ok') return;
    expect(outcome.enqueued).toBe(7);
    expect(outcome.rejected).toHaveLength(1);
    expect(outcome.rejected[0]?.reason).toMatch(/link/i);
  });

  it('stores six articles: the tracking-parameter copy is an exact duplicate', () => {
    expect(pipeline.sink.total(METRIC.articlesIngested)).toBe(6);
    expect(pipeline.sink.total(METRIC.duplicates)).toBe(1);
  });

  it('files the syndicated copy under the first article’s story', async () => {
    const sameDay = await pipeline.articles.recent({ day: '2019-03-26' }, 10);
    const first = sameDay.find((h) => h.title.startsWith('Lavrov accuses US'));
    expect(sameDay.map((h) => h.title)).toContain('Russia says US plotting coup in Venezuela');

    const reporters = (await pipeline.stories.sources(first!.id)).map((s) => s.url);

    expect(reporters).toContain(`${feed.baseUrl}/syndicated/wire/russia-venezuela-lavrov-pompeo`);
    expect(pipeline.sink.total(METRIC.nearDuplicates)).toBe(2);
  });

  it('alerts the Russian-deployments watch once, with the evidence and actors of the first article', () => {
    const [alert, ...others] = emails(firstAlerts, 'russia-deployments-abroad');
    expect(others).toEqual([]);
    expect(alert?.email).toContain('Lavrov accuses US of plotting');
    expect(alert?.email).toMatch(/Deployed by: RU/);
    expect(alert?.email).toMatch(/Destination: .*VE/);
    expect(alert?.attributes.countries).toEqual(expect.arrayContaining(['RU', 'VE']));
  });

  it('alerts the Venezuela-sanctions watch once per story: the first article and the EU asset freeze', () => {
    const alerts = emails(firstAlerts, 'venezuela-sanctions');
    // The subject starts with the alert id, which varies with the demo server's port: sort by what follows it.
    expect(alerts.map((a) => a.subject.replace(/^\[Tocsin [0-9a-f]+\] /, '')).sort()).toEqual([
      expect.stringContaining('EU freezes assets of Venezuelan security officials'),
      expect.stringContaining('Lavrov accuses US of plotting'),
    ]);
    const first = alerts.find((a) => a.subject.includes('Lavrov'));
    expect(first?.email).toContain('imposed crippling sanctions');
    expect(first?.email).toContain('Bandes');
  });

  it('sends each realtime watch one update for the story’s later article, naming what it added', () => {
    const [sanctions, ...moreSanctions] = emails(firstAlerts, 'venezuela-sanctions', 'update');
    const [deployments, ...moreDeployments] = emails(firstAlerts, 'russia-deployments-abroad', 'update');

    expect([...moreSanctions, ...moreDeployments]).toEqual([]);
    expect(sanctions?.email).toContain('- New target: Minerven (VE)');
    expect(sanctions?.email).toContain('Before: "The Trump administration has imposed crippling sanctions');
    expect(deployments?.email).toContain('- New destination: CU');
    expect(pipeline.sink.total(METRIC.alertUpdatesSent)).toBe(2);
  });

  it('sends the syndicated copy nowhere: it adds nothing to the story', () => {
    expect(firstAlerts.map((a) => a.alert.subject).join('\n')).not.toContain('Russia says US plotting coup');
  });

  it('queues the daily-digest watch’s alerts and sends the digest once at 08:00 London time, however often the schedule fires', async () => {
    expect(emails(firstAlerts, 'sanctions-daily')).toEqual([]);

    clock.set('2019-03-29T07:59:00.000Z');
    const early = await pipeline.sendDigests();
    clock.set('2019-03-29T08:00:30.000Z');
    const due = await pipeline.sendDigests();
    const again = await pipeline.sendDigests();
    const delivered = await pipeline.takeDeliveredAlerts();
    clock.set(DEMO_NOW);

    expect(early).toEqual([]);
    expect(due.map((o) => o.status)).toEqual(['sent']);
    expect(again.map((o) => o.status)).toEqual(['already-sent']);
    const [digest, ...others] = delivered.filter((d) => d.protocol === 'email').map((d) => d.alert);
    expect(others).toEqual([]);
    expect(digest?.kind).toBe('digest');
    expect(digest?.email).toContain('2 stories (2 high)');
    expect(digest?.email).toContain('Updated: New target: Minerven (VE)');
    expect(delivered.filter((d) => d.protocol === 'sms').map((d) => d.alert.sms)).toEqual([expect.stringMatching(/^Tocsin daily digest Sanctions worldwide: 2 stories/)]);
  });

  it('records every decision in the audit trail, with rule ids and the SNS message id of what was sent', async () => {
    const { decisions } = await pipeline.decisions.list({ watchId: 'venezuela-sanctions', limit: 50 });

    expect(decisions.map((d) => d.outcome).sort()).toEqual(['sent', 'sent', 'suppressed', 'update-sent']);
    const sent = decisions.find((d) => d.outcome === 'sent' && d.title?.startsWith('Lavrov'));
    expect(sent?.snsMessageId).toMatch(/.+/);
    expect(sent?.mentions.map((m) => m.ruleId)).toContain('sanctions.imposed');
  });

  it('sends no alert for the negated deployment or the hypothetical sanctions', () => {
    expect(firstAlerts.map((a) => a.alert.subject).join('\n')).not.toContain('Ministry denies');
  });

  it('sends SMS only for high-severity alerts, each at most 160 characters', () => {
    const sms = firstAlerts.filter((a) => a.protocol === 'sms');
    expect(sms.length).toBeGreaterThan(0);
    for (const { alert } of sms) {
      expect(alert.attributes.severity).toBe('high');
      expect(alert.sms.length).toBeLessThanOrEqual(160);
    }
  });

  it('adds no articles and no alerts when the feed is polled again', async () => {
    const stored = pipeline.sink.total(METRIC.articlesIngested);
    const sent = pipeline.sink.total(METRIC.alertsSent);
    const updates = pipeline.sink.total(METRIC.alertUpdatesSent);

    const [second] = await pipeline.pollFeeds();
    await pipeline.drain();

    expect(second?.status).toBe('not-modified');
    expect(await pipeline.takeDeliveredAlerts()).toEqual([]);
    expect(pipeline.sink.total(METRIC.articlesIngested)).toBe(stored);
    expect(pipeline.sink.total(METRIC.alertsSent)).toBe(sent);
    expect(pipeline.sink.total(METRIC.alertUpdatesSent)).toBe(updates);
  });

  it('adds no articles and no alerts when a feed ignores conditional GET and sends every entry again', async () => {
    const stored = pipeline.sink.total(METRIC.articlesIngested);
    const duplicates = pipeline.sink.total(METRIC.duplicates);
    const { demoSubmissions } = await import('../support/demo-submissions.js');
    const entries = await demoSubmissions(feed.feedUrl);

    await pipeline.articleQueue.send(entries);
    await pipeline.drain();

    expect(pipeline.sink.total(METRIC.articlesIngested)).toBe(stored);
    expect(pipeline.sink.total(METRIC.duplicates)).toBe(duplicates + entries.length);
    expect(await pipeline.takeDeliveredAlerts()).toEqual([]);
    expect((await pipeline.deadLetters()).articles).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createHandler } from '../../../functions/send-alerts/handler.js';
import { METRIC } from '../../../functions/common/metric-names.js';
import { tallyMetricSink } from '../../../functions/common/metrics.js';
import { createObservability } from '../../../functions/common/powertools.js';
import { aMention, aTaggedEvent, aWatch } from '../../support/factories.js';
import { inMemoryAlerting, MovableClock } from '../../support/in-memory-ports.js';
import { anSqsRecord } from '../../support/sqs-records.js';

/** The handler over in-memory ports: what is under test is the mapping of decisions to metrics and batch failures. */
function given() {
  const clock = new MovableClock('2019-03-25T09:00:00.000Z');
  const alerting = inMemoryAlerting([aWatch(), aWatch({ id: 'sanctions-daily', delivery: { mode: 'daily', at: '08:00', timeZone: 'UTC' } })], clock);
  const sink = tallyMetricSink();
  const handler = createHandler(() => ({ ...alerting.alerts, sink, observability: createObservability('send-alerts') }));
  return { ...alerting, sink, handler };
}

const body = (overrides: Parameters<typeof aTaggedEvent>[0]) => JSON.stringify(aTaggedEvent(overrides));

describe('send-alerts handler', () => {
  it('counts each decision and records latency from publication and from fetch for alerts sent now, by watch', async () => {
    const { handler, sink } = given();

    const response = await handler({
      Records: [
        anSqsRecord('first', body({ storyId: 's1', articleId: 's1', fetchedAt: '2019-03-25T08:55:00.000Z' })),
        anSqsRecord('copy', body({ storyId: 's1', articleId: 's1-copy' })),
        anSqsRecord('old', body({ storyId: 's2', articleId: 's2', publishedAt: '2004-03-02T09:00:00.000Z' })),
      ],
    });

    expect(response.batchItemFailures).toEqual([]);
    expect(sink.total(METRIC.alertsSent)).toBe(1);
    expect(sink.total(METRIC.alertsSuppressed)).toBe(2);
    expect(sink.total(METRIC.alertsQueued)).toBe(1);
    expect(sink.total(METRIC.alertsStale)).toBe(2);
    expect(sink.timings(METRIC.alertLatencyFromPublication, 'venezuela-sanctions')).toEqual([3600]);
    expect(sink.timings(METRIC.alertLatencyFromFetch, 'venezuela-sanctions')).toEqual([300]);
    expect(sink.timings(METRIC.alertLatencyFromFetch, 'sanctions-daily')).toEqual([]);
  });

  it('counts an update sent for a material change', async () => {
    const { handler, sink } = given();
    const iran = aMention({ patients: [{ kind: 'state', code: 'IR', surface: 'Iran' }] });

    await handler({ Records: [anSqsRecord('a', body({ storyId: 's1', articleId: 'a' })), anSqsRecord('b', body({ storyId: 's1', articleId: 'b', mentions: [iran] }))] });

    expect(sink.total(METRIC.alertUpdatesSent)).toBe(1);
  });

  it('fails only the record whose publish failed, so SQS retries it alone, and counts nothing for it', async () => {
    const { handler, sink, publisher } = given();
    publisher.failNext('refuse');

    const response = await handler({
      Records: [anSqsRecord('refused', body({ storyId: 's1', articleId: 's1' })), anSqsRecord('fine', body({ storyId: 's2', articleId: 's2' }))],
    });

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'refused' }]);
    expect(sink.total(METRIC.alertsSent)).toBe(1);
  });
});

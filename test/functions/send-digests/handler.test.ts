import { describe, expect, it } from 'vitest';
import { createHandler } from '../../../functions/send-digests/handler.js';
import { METRIC } from '../../../functions/common/metric-names.js';
import { tallyMetricSink } from '../../../functions/common/metrics.js';
import { createObservability } from '../../../functions/common/powertools.js';
import { sendAlerts } from '../../../shared/use-cases/send-alerts.js';
import { aTaggedEvent, aWatch } from '../../support/factories.js';
import { inMemoryAlerting, MovableClock } from '../../support/in-memory-ports.js';

const daily = (id: string) => aWatch({ id, delivery: { mode: 'daily', at: '08:00', timeZone: 'UTC' } });

async function given() {
  const clock = new MovableClock('2019-03-25T09:00:00.000Z');
  const alerting = inMemoryAlerting([daily('first'), daily('second')], clock);
  await sendAlerts(aTaggedEvent(), alerting.alerts);
  const sink = tallyMetricSink();
  const handler = createHandler(() => ({ ...alerting.digests, sink, observability: createObservability('send-digests') }));
  clock.set('2019-03-26T08:01:00.000Z');
  return { ...alerting, sink, handler };
}

describe('send-digests handler', () => {
  it('counts each digest sent', async () => {
    const { handler, sink, publisher } = await given();

    const outcomes = await handler();

    expect(outcomes.map((o) => [o.watchId, o.status])).toEqual([['first', 'sent'], ['second', 'sent']]);
    expect(sink.total(METRIC.digestsSent)).toBe(2);
    expect(publisher.published.map((m) => m.kind)).toEqual(['digest', 'digest']);
  });

  it('sends the other watches’ digests when one fails, then fails the run so the error alarm fires and the next run resumes it', async () => {
    const { handler, sink, publisher } = await given();
    publisher.failNext('refuse');

    await expect(handler()).rejects.toThrow('digests failed for first');

    expect(sink.total(METRIC.digestsSent)).toBe(1);
    expect(publisher.published.map((m) => m.watchId)).toEqual(['second']);
  });
});

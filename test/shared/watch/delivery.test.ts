import { describe, expect, it } from 'vitest';
import { dueDelivery, routeAlert } from '../../../shared/watch/delivery.js';
import { aWatch } from '../../support/factories.js';

const at = (iso: string) => new Date(iso);
const night = { start: '22:00', end: '07:00', timeZone: 'Europe/London' };

describe('routeAlert', () => {
  it('sends a realtime watch’s alert now outside quiet hours', () => {
    expect(routeAlert(aWatch({ quietHours: night }), 'medium', at('2019-03-28T12:00:00Z'))).toBe('realtime');
  });

  it('holds every alert in quiet hours with during "hold", even a critical one', () => {
    expect(routeAlert(aWatch({ quietHours: night }), 'high', at('2019-03-28T23:00:00Z'))).toBe('held');
  });

  it('lets only critical (high-severity) alerts through quiet hours with during "critical-only"', () => {
    const watch = aWatch({ quietHours: { ...night, during: 'critical-only' } });
    expect(routeAlert(watch, 'high', at('2019-03-28T23:00:00Z'))).toBe('realtime');
    expect(routeAlert(watch, 'medium', at('2019-03-28T23:00:00Z'))).toBe('held');
  });

  it('queues every alert of a digest watch for its digest', () => {
    const watch = aWatch({ delivery: { mode: 'daily', at: '08:00', timeZone: 'Europe/London' } });
    expect(routeAlert(watch, 'high', at('2019-03-28T12:00:00Z'))).toBe('queued');
  });
});

describe('dueDelivery', () => {
  const daily = aWatch({ delivery: { mode: 'daily', at: '08:00', timeZone: 'Europe/London' } });

  it('names the same period however often the schedule fires within it', () => {
    const first = dueDelivery(daily, at('2019-03-29T08:00:30Z'));
    const second = dueDelivery(daily, at('2019-03-29T08:05:00Z'));

    expect(first?.toISOString()).toBe('2019-03-29T08:00:00.000Z');
    expect(second).toEqual(first);
  });

  it('gives nothing during quiet hours and delivers at the window’s end what hourly digests skipped in it', () => {
    const hourly = aWatch({ delivery: { mode: 'hourly', timeZone: 'Europe/London' }, quietHours: night });

    expect(dueDelivery(hourly, at('2019-03-29T03:10:00Z'))).toBeUndefined();
    expect(dueDelivery(hourly, at('2019-03-29T07:02:00Z'))?.toISOString()).toBe('2019-03-29T07:00:00.000Z');
    expect(dueDelivery(hourly, at('2019-03-29T21:30:00Z'))?.toISOString()).toBe('2019-03-29T21:00:00.000Z');
  });

  it('moves a daily digest that falls in quiet hours to the end of the window', () => {
    const early = aWatch({ delivery: { mode: 'daily', at: '06:00', timeZone: 'Europe/London' }, quietHours: night });

    expect(dueDelivery(early, at('2019-03-29T06:30:00Z'))).toBeUndefined();
    expect(dueDelivery(early, at('2019-03-29T12:00:00Z'))?.toISOString()).toBe('2019-03-29T07:00:00.000Z');
  });

  it('rolls a realtime watch up at the top of each UTC hour, and at the end of its quiet hours across the spring change', () => {
    const realtime = aWatch({ quietHours: night });

    expect(dueDelivery(realtime, at('2019-03-28T14:20:00Z'))?.toISOString()).toBe('2019-03-28T14:00:00.000Z');
    // 31 March 2019: the window ends at 07:00 BST, 06:00 UTC.
    expect(dueDelivery(realtime, at('2019-03-31T06:10:00Z'))?.toISOString()).toBe('2019-03-31T06:00:00.000Z');
  });
});

import { isInWindow, latestDailyTime, latestHourlyTime, latestWindowEnd } from './schedule.js';
import type { Severity, Watch } from './watch.js';

/**
 * Where a decided alert goes: out now, into the watch's next digest (`queued`), or held because it
 * came in quiet hours. A realtime alert may still be rate-limited into the next roll-up when sent.
 */
export type Route = 'realtime' | 'queued' | 'held';

/** Alerts that go out even in `critical-only` quiet hours. */
export const isCritical = (severity: Severity): boolean => severity === 'high';

/** Where an alert of this severity, decided at `at`, goes for this watch. */
export function routeAlert(watch: Pick<Watch, 'delivery' | 'quietHours'>, severity: Severity, at: Date): Route {
  if (watch.delivery.mode !== 'realtime') return 'queued';
  const quiet = watch.quietHours;
  if (quiet && isInWindow(quiet, at) && (quiet.during === 'hold' || !isCritical(severity))) return 'held';
  return 'realtime';
}

/** Digest periods of a watch end here; a realtime watch rolls up rate-limited alerts at the top of each UTC hour. */
const latestPeriodEnd = (watch: Pick<Watch, 'delivery'>, at: Date): Date => {
  const { delivery } = watch;
  if (delivery.mode === 'daily') return latestDailyTime(delivery.at, delivery.timeZone, at);
  if (delivery.mode === 'hourly') return latestHourlyTime(delivery.minute, delivery.timeZone, at);
  return latestHourlyTime(0, 'UTC', at);
};

/**
 * The scheduled delivery due at `at`: the latest period end or quiet-hours end at or before it that is not
 * itself inside quiet hours. Its message carries every waiting alert decided before it. Undefined while
 * quiet hours last, so nothing scheduled goes out then; the window's end is itself a delivery time.
 * Firing twice in one period yields the same instant, which keys the delivery's idempotency.
 */
export function dueDelivery(watch: Pick<Watch, 'delivery' | 'quietHours'>, at: Date): Date | undefined {
  const quiet = watch.quietHours;
  if (quiet && isInWindow(quiet, at)) return undefined;
  const candidates = [latestPeriodEnd(watch, at), ...(quiet ? [latestWindowEnd(quiet, at)] : [])];
  const open = candidates.filter((c) => !(quiet && isInWindow(quiet, c)));
  return open.sort((a, b) => b.getTime() - a.getTime())[0];
}

/** How a watch's scheduled message is named to subscribers. */
export const deliveryName = (watch: Pick<Watch, 'delivery'>): string =>
  watch.delivery.mode === 'daily' ? 'daily digest' : watch.delivery.mode === 'hourly' ? 'hourly digest' : 'roll-up';

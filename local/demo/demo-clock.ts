import type { Clock } from '../../shared/ports.js';

/**
 * The demo's "now": the morning after the demo feed's last item, so its articles are news rather than
 * backfill (alerts fire only inside the freshness window). The demo moves it forward to show digests.
 */
export const DEMO_NOW = '2019-03-28T09:00:00.000Z';

/** A clock that stands still until moved: the local demo and tests step through a day in seconds. */
export class SettableClock implements Clock {
  private current: Date;

  constructor(iso = DEMO_NOW) {
    this.current = new Date(iso);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(iso: string): this {
    this.current = new Date(iso);
    return this;
  }
}

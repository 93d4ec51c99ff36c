import { describe, expect, it } from 'vitest';
import {
  describeInstant,
  isInWindow,
  isTimeZone,
  latestDailyTime,
  latestHourlyTime,
  latestWindowEnd,
  wallTime,
  zonedInstant,
} from '../../../shared/watch/schedule.js';

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('zonedInstant', () => {
  it.each([
    ['London in winter (GMT)', { year: 2019, month: 3, day: 29 }, 8, 0, 'Europe/London', '2019-03-29T08:00:00.000Z'],
    ['London in summer (BST)', { year: 2019, month: 4, day: 1 }, 8, 0, 'Europe/London', '2019-04-01T07:00:00.000Z'],
    ['Kolkata, half an hour off', { year: 2019, month: 3, day: 29 }, 8, 0, 'Asia/Kolkata', '2019-03-29T02:30:00.000Z'],
    ['New York in the spring gap: 02:30 does not exist, 03:30 EDT', { year: 2019, month: 3, day: 10 }, 2, 30, 'America/New_York', '2019-03-10T07:30:00.000Z'],
    ['New York in the autumn overlap: the first 01:30 (EDT)', { year: 2019, month: 11, day: 3 }, 1, 30, 'America/New_York', '2019-11-03T05:30:00.000Z'],
  ])('%s', (_name, date, hour, minute, zone, expected) => {
    expect(iso(zonedInstant(date, hour, minute, zone))).toBe(expected);
  });
});

describe('latestDailyTime and latestHourlyTime', () => {
  it('given 08:00 London, then the last 08:00 is today once past it and yesterday before it, across the spring change', () => {
    expect(iso(latestDailyTime('08:00', 'Europe/London', at('2019-03-30T09:00:00Z')))).toBe('2019-03-30T08:00:00.000Z');
    // 31 March 2019: clocks went forward at 01:00 UTC, so 08:00 local is 07:00 UTC.
    expect(iso(latestDailyTime('08:00', 'Europe/London', at('2019-03-31T07:30:00Z')))).toBe('2019-03-31T07:00:00.000Z');
    expect(iso(latestDailyTime('08:00', 'Europe/London', at('2019-03-31T06:59:00Z')))).toBe('2019-03-30T08:00:00.000Z');
  });

  it('given minute 30 in Kolkata, then the last boundary is at :00 UTC (local :30)', () => {
    expect(iso(latestHourlyTime(30, 'Asia/Kolkata', at('2019-03-29T10:59:59Z')))).toBe('2019-03-29T10:00:00.000Z');
    expect(iso(latestHourlyTime(0, 'UTC', at('2019-03-29T10:59:59Z')))).toBe('2019-03-29T10:00:00.000Z');
  });
});

describe('quiet windows', () => {
  const night = { start: '22:00', end: '07:00', timeZone: 'Europe/London' };

  it.each([
    ['21:59 before it', '2019-03-28T21:59:00Z', false],
    ['22:00 at its start', '2019-03-28T22:00:00Z', true],
    ['23:30 before midnight', '2019-03-28T23:30:00Z', true],
    ['06:59 after midnight', '2019-03-29T06:59:00Z', true],
    ['07:00 at its end', '2019-03-29T07:00:00Z', false],
  ])('a window across midnight holds %s: %s', (_name, instant, inside) => {
    expect(isInWindow(night, at(instant))).toBe(inside);
  });

  it('a window inside one day (13:00-14:00) does not wrap', () => {
    const lunch = { start: '13:00', end: '14:00', timeZone: 'UTC' };
    expect(isInWindow(lunch, at('2019-03-28T13:30:00Z'))).toBe(true);
    expect(isInWindow(lunch, at('2019-03-28T02:00:00Z'))).toBe(false);
  });

  it('follows the local clock across the spring change: the window ends at 07:00 GMT one night and 07:00 BST the next', () => {
    expect(iso(latestWindowEnd(night, at('2019-03-30T09:00:00Z')))).toBe('2019-03-30T07:00:00.000Z');
    expect(isInWindow(night, at('2019-03-31T05:30:00Z'))).toBe(true); // 06:30 BST
    expect(isInWindow(night, at('2019-03-31T06:00:00Z'))).toBe(false); // 07:00 BST
    expect(iso(latestWindowEnd(night, at('2019-03-31T06:30:00Z')))).toBe('2019-03-31T06:00:00.000Z');
  });

  it('follows the local clock across the autumn change, when the night is an hour longer', () => {
    // 27 October 2019: 02:00 BST became 01:00 GMT.
    expect(isInWindow(night, at('2019-10-26T21:00:00Z'))).toBe(true); // 22:00 BST
    expect(isInWindow(night, at('2019-10-27T06:30:00Z'))).toBe(true); // 06:30 GMT
    expect(iso(latestWindowEnd(night, at('2019-10-27T08:00:00Z')))).toBe('2019-10-27T07:00:00.000Z');
  });
});

describe('time zone names and display', () => {
  it('knows IANA names and refuses made-up ones', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Europe/Londres')).toBe(false);
  });

  it('reads the wall clock and describes an instant in the subscriber’s zone', () => {
    expect(wallTime(at('2019-04-01T07:00:00Z'), 'Europe/London')).toEqual({ year: 2019, month: 4, day: 1, hour: 8, minute: 0, second: 0 });
    expect(describeInstant(at('2019-04-01T07:00:00Z'), 'Europe/London')).toBe('2019-04-01 08:00 Europe/London');
  });
});

/**
 * Wall-clock arithmetic in named time zones, read from the runtime's time-zone database through `Intl`
 * (no tables of our own). Every function takes the instant it reasons about: the clock is the caller's.
 */

/** A wall-clock reading in some time zone. Months are 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/** Whether the runtime knows a time zone by this IANA name ("Europe/London", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    formatterFor(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `instant`. */
export function wallTime(instant: Date, timeZone: string): WallTime {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Local time minus UTC at an instant, in milliseconds (whole seconds: no zone has finer offsets). */
const offsetAt = (epochMs: number, timeZone: string): number => {
  const floored = Math.floor(epochMs / 1000) * 1000;
  const w = wallTime(new Date(floored), timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - floored;
};

/**
 * The instant a wall clock in `timeZone` shows `hour:minute` on the given local date. Where the clock
 * shows that time twice (autumn), the earlier; where never (the spring gap), the instant the gap ends
 * shifted by the time asked past its start, so 02:30 on a spring-forward night is 03:30 local.
 */
export function zonedInstant(date: { year: number; month: number; day: number }, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  // A zone changes offset at most once around a given day, so the offsets a day either side are the only candidates.
  const before = wall - offsetAt(wall - DAY_MS, timeZone);
  const after = wall - offsetAt(wall + DAY_MS, timeZone);
  const shows = (epochMs: number) => epochMs + offsetAt(epochMs, timeZone) === wall;
  const valid = [before, after].filter(shows).sort((a, b) => a - b);
  return new Date(valid[0] ?? before);
}

const parseClock = (time: string): { hour: number; minute: number } => {
  const [hour, minute] = time.split(':').map(Number);
  return { hour: hour!, minute: minute! };
};

const minutesOfDay = (w: WallTime) => w.hour * 60 + w.minute;

/** The local date one day before a local date. */
const previousDay = (w: { year: number; month: number; day: number }) => {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day) - DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

/** The last instant at or before `instant` when the clock in `timeZone` showed `time` ("08:00"). */
export function latestDailyTime(time: string, timeZone: string, instant: Date): Date {
  const { hour, minute } = parseClock(time);
  const today = wallTime(instant, timeZone);
  const candidate = zonedInstant(today, hour, minute, timeZone);
  return candidate.getTime() <= instant.getTime() ? candidate : zonedInstant(previousDay(today), hour, minute, timeZone);
}

/** The last instant at or before `instant` when the clock in `timeZone` showed `minute` past some hour. */
export function latestHourlyTime(minute: number, timeZone: string, instant: Date): Date {
  const w = wallTime(instant, timeZone);
  const minutesBack = (w.minute - minute + 60) % 60;
  const wholeMinute = Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS;
  return new Date(wholeMinute - minutesBack * MINUTE_MS);
}

/** A daily window of local time, `start` inclusive to `end` exclusive; it crosses midnight when end < start. */
export interface DailyWindow {
  start: string;
  end: string;
  timeZone: string;
}

/** Whether `instant` falls inside the window, read on the local clock (so DST moves it with the clock). */
export function isInWindow(window: DailyWindow, instant: Date): boolean {
  const now = minutesOfDay(wallTime(instant, window.timeZone));
  const start = minutesOfDay({ ...parseClock(window.start), year: 0, month: 0, day: 0, second: 0 });
  const end = minutesOfDay({ ...parseClock(window.end), year: 0, month: 0, day: 0, second: 0 });
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The last instant at or before `instant` at which the window ended. */
export const latestWindowEnd = (window: DailyWindow, instant: Date): Date => latestDailyTime(window.end, window.timeZone, instant);

/**
 * How an instant reads to a subscriber in their time zone: "2019-04-01 08:00 Europe/London". Built from
 * the wall-clock parts rather than a locale format, whose punctuation changes between ICU versions.
 */
export function describeInstant(instant: Date, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${two(w.month)}-${two(w.day)} ${two(w.hour)}:${two(w.minute)} ${timeZone}`;
}

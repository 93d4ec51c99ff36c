import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WatchSchema, WatchesFileSchema } from '../../../shared/watch/watch.js';

describe('WatchSchema', () => {
  it('given only id, name and categories, when parsed, then alerts on asserted and reported mentions at confidence 0.5 or more', () => {
    const watch = WatchSchema.parse({ id: 'venezuela-sanctions', name: 'Sanctions on Venezuela', categories: ['sanctions'] });

    expect(watch).toMatchObject({
      modalities: ['asserted', 'reported'],
      minConfidence: 0.5,
      abroad: false,
      subscriptions: { email: [], sms: [] },
    });
  });

  it('given the default modalities, when two watches are parsed, then they do not share one array', () => {
    const first = WatchSchema.parse({ id: 'a', name: 'A', categories: ['sanctions'] });
    const second = WatchSchema.parse({ id: 'b', name: 'B', categories: ['sanctions'] });

    first.modalities.push('negated');

    expect(second.modalities).toEqual(['asserted', 'reported']);
  });

  it.each([
    ['a one-letter actor', { patients: ['V'] }, 'ISO 3166-1 alpha-2'],
    ['an id with capitals', { id: 'Venezuela' }, 'lowercase letters'],
    ['an unknown category', { categories: ['cyber'] }, 'categories'],
    ['no category', { categories: [] }, 'categories'],
    ['a confidence above 1', { minConfidence: 1.5 }, 'minConfidence'],
    ['an SMS number without a country code', { subscriptions: { sms: ['5555550100'] } }, 'E.164'],
    ['a misspelt key', { patient: ['VE'] }, 'did you mean \\"patients\\"?'],
    ['a country name', { patients: ['Venezuela'] }, 'use VE'],
  ])('given %s, when parsed, then it is rejected with a message naming the problem', (_name, override, expected) => {
    const result = WatchSchema.safeParse({ id: 'w', name: 'W', categories: ['sanctions'], ...override });

    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(expected);
  });

  it('given a lowercase country code or an organisation name, when parsed, then both are kept in the case mentions use', () => {
    const watch = WatchSchema.parse({ id: 'w', name: 'W', categories: ['sanctions'], agents: ['eu'], patients: ['ve'] });

    expect(watch.agents).toEqual(['EU']);
    expect(watch.patients).toEqual(['VE']);
  });

  it('given the shipped config/watches.json, when parsed, then every watch is valid', () => {
    const file = JSON.parse(readFileSync(new URL('../../../config/watches.json', import.meta.url), 'utf8'));

    const { watches } = WatchesFileSchema.parse(file);

    expect(watches.map((w) => w.id)).toEqual(['venezuela-sanctions', 'russia-deployments-abroad', 'sanctions-daily']);
    expect(watches[1]).toMatchObject({ agents: ['RU'], abroad: true });
    expect(watches[2]?.delivery).toEqual({ mode: 'daily', at: '08:00', timeZone: 'Europe/London' });
  });
});

describe('WatchSchema filters that could never match', () => {
  it.each([
    ['a misspelt subtype', { subtypes: ['imposd'] }],
    ['an empty subtypes list', { subtypes: [] }],
    ['an empty agents list', { agents: [] }],
    ['an empty modalities list', { modalities: [] }],
    ['a subtype of a category not listed', { subtypes: ['withdrawn'] }],
    ['an unknown key, which would otherwise be dropped and its filter ignored', { agent: ['US'] }],
  ])('given %s, when parsed, then it is rejected rather than silently alerting on nothing', (_name, override) => {
    const result = WatchSchema.safeParse({ id: 'w', name: 'W', categories: ['sanctions'], ...override });

    expect(result.success).toBe(false);
  });
});

describe('WatchSchema delivery, rate limit and quiet hours', () => {
  const parse = (override: Record<string, unknown>) => WatchSchema.safeParse({ id: 'w', name: 'W', categories: ['sanctions'], ...override });

  it('defaults to realtime delivery with no rate limit and no quiet hours', () => {
    const watch = WatchSchema.parse({ id: 'w', name: 'W', categories: ['sanctions'] });

    expect(watch.delivery).toEqual({ mode: 'realtime' });
    expect(watch.maxPerHour).toBeUndefined();
    expect(watch.quietHours).toBeUndefined();
  });

  it('accepts a daily digest at a local time and quiet hours that hold by default', () => {
    const result = parse({
      delivery: { mode: 'daily', at: '08:00', timeZone: 'Europe/London' },
      quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/London' },
      maxPerHour: 5,
    });

    expect(result.success).toBe(true);
    expect(result.data?.quietHours?.during).toBe('hold');
  });

  it.each([
    ['an unknown time zone', { delivery: { mode: 'daily', at: '08:00', timeZone: 'Europe/Londres' } }, 'Europe/Londres'],
    ['a 12-hour time', { delivery: { mode: 'daily', at: '8am' } }, '24-hour time'],
    ['an unknown mode', { delivery: { mode: 'weekly' } }, 'mode'],
    ['a zero rate limit', { maxPerHour: 0 }, 'maxPerHour'],
    ['an empty quiet window', { quietHours: { start: '07:00', end: '07:00', timeZone: 'UTC' } }, 'start and end must differ'],
    ['a quiet mode that does not exist', { quietHours: { start: '22:00', end: '07:00', timeZone: 'UTC', during: 'silence' } }, 'during'],
    ['a misspelt delivery key', { delivery: { mode: 'daily', at: '08:00', timezone: 'UTC' } }, 'did you mean \\"timeZone\\"'],
  ])('rejects %s, naming the problem', (_name, override, expected) => {
    const result = parse(override);

    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(expected);
  });
});

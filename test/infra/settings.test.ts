import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../infra/settings.js';
import { InvalidConfigError } from '../../shared/errors.js';

const fromContext = (context: Record<string, unknown>) => parseSettings((key) => context[key]);

describe('parseSettings', () => {
  it('defaults to a 15-minute poll and an alarm after 3 failed polls in a row', () => {
    expect(fromContext({})).toEqual({ pollRateMinutes: 15, feedFailureAlarmThreshold: 3 });
  });

  it('accepts `-c key=value` strings from the CLI', () => {
    expect(fromContext({ pollRateMinutes: '5', feedFailureAlarmThreshold: '2', opsEmail: 'ops@example.com' })).toEqual({
      pollRateMinutes: 5,
      feedFailureAlarmThreshold: 2,
      opsEmail: 'ops@example.com',
    });
  });

  it.each([
    ['pollRateMinutes', 'often'],
    ['pollRateMinutes', 0],
    ['feedFailureAlarmThreshold', 1.5],
    ['opsEmail', 'not-an-address'],
  ])('rejects %s = %j, naming the key', (key, value) => {
    expect(() => fromContext({ [key]: value })).toThrow(InvalidConfigError);
    expect(() => fromContext({ [key]: value })).toThrow(key);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../infra/settings.js';
import { InvalidConfigError } from '../../shared/errors.js';

const fromContext = (context: Record<string, unknown>) => parseSettings((key) => context[key]);

describe('parseSettings', () => {
  it('defaults to a 15-minute poll, an alarm after 3 failed polls in a row, a 72 h freshness window, a year of audit and a 15-minute latency alarm', () => {
    expect(fromContext({})).toEqual({
      pollRateMinutes: 15,
      feedFailureAlarmThreshold: 3,
      allowExampleContacts: false,
      smsMonthlySpendLimitUsd: 1,
      alertFreshnessHours: 72,
      alertDecisionRetentionDays: 365,
      alertLatencyAlarmMinutes: 15,
    });
  });

  it('accepts `-c key=value` strings from the CLI', () => {
    expect(
      fromContext({
        pollRateMinutes: '5',
        feedFailureAlarmThreshold: '2',
        opsEmail: 'ops@example.com',
        allowExampleContacts: 'true',
        smsMonthlySpendLimitUsd: '20',
        alertFreshnessHours: '24',
      }),
    ).toEqual({
      pollRateMinutes: 5,
      feedFailureAlarmThreshold: 2,
      opsEmail: 'ops@example.com',
      allowExampleContacts: true,
      smsMonthlySpendLimitUsd: 20,
      alertFreshnessHours: 24,
      alertDecisionRetentionDays: 365,
      alertLatencyAlarmMinutes: 15,
    });
  });

  it.each([
    [true, true],
    ['false', false],
    [false, false],
  ])('reads allowExampleContacts = %j as %s, whether from cdk.json or -c', (value, expected) => {
    expect(fromContext({ allowExampleContacts: value }).allowExampleContacts).toBe(expected);
  });

  it.each([
    ['pollRateMinutes', 'often'],
    ['pollRateMinutes', 0],
    ['feedFailureAlarmThreshold', 1.5],
    ['opsEmail', 'not-an-address'],
    ['allowExampleContacts', 'perhaps'],
    ['smsMonthlySpendLimitUsd', 0],
    ['smsMonthlySpendLimitUsd', '12.50'],
    ['alertFreshnessHours', 0],
    ['alertDecisionRetentionDays', 'a year'],
    ['alertLatencyAlarmMinutes', -5],
  ])('rejects %s = %j, naming the key', (key, value) => {
    expect(() => fromContext({ [key]: value })).toThrow(InvalidConfigError);
    expect(() => fromContext({ [key]: value })).toThrow(key);
  });
});

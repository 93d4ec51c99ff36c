import * as z from 'zod';
import { InvalidConfigError } from '../shared/errors.js';

/** CDK context keys (`cdk.json` "context" or `cdk synth -c key=value`). */
export const CONTEXT_KEY = {
  pollRateMinutes: 'pollRateMinutes',
  feedFailureAlarmThreshold: 'feedFailureAlarmThreshold',
  opsEmail: 'opsEmail',
  sanctionsListUrl: 'sanctionsListUrl',
  allowExampleContacts: 'allowExampleContacts',
  smsMonthlySpendLimitUsd: 'smsMonthlySpendLimitUsd',
  alertFreshnessHours: 'alertFreshnessHours',
  alertDecisionRetentionDays: 'alertDecisionRetentionDays',
  alertLatencyAlarmMinutes: 'alertLatencyAlarmMinutes',
} as const;

/** `true`/`false` from cdk.json, "true"/"false" (or 1/0, yes/no) from `-c key=value`. */
const flag = z.union([z.boolean(), z.stringbool()]);

// `-c key=value` on the command line arrives as a string, cdk.json values as numbers: coerce both.
const SettingsSchema = z.object({
  pollRateMinutes: z.coerce.number().int().min(1).max(1440).default(15),
  /** Alarm when a feed has failed this many polls in a row. */
  feedFailureAlarmThreshold: z.coerce.number().int().min(1).default(3),
  /** Subscribed to the ops topic (alarms) when set. */
  opsEmail: z.email().optional(),
  /** Directory URL of OFAC's SDN files (sdn.csv, alt.csv, add.csv); OFAC's own when unset. */
  sanctionsListUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Lets a synth for a real account keep example.com addresses and 555-01xx numbers (see infra/config.ts). */
  allowExampleContacts: flag.default(false),
  /**
   * Default of the stateful stack's SmsMonthlySpendLimitUsd parameter: the account's SNS SMS spend
   * limit in whole US dollars. New accounts are held to 1 until AWS Support raises their quota.
   */
  smsMonthlySpendLimitUsd: z.coerce.number().int().min(1).default(1),
  /** Only articles published (or, undated, fetched) this recently alert; older ones are audited as stale. */
  alertFreshnessHours: z.coerce.number().min(1).max(24 * 365).default(72),
  /** How long the audit trail keeps each alert decision. */
  alertDecisionRetentionDays: z.coerce.number().int().min(1).max(3650).default(365),
  /** Alarm when a watch's 95th-percentile fetch-to-alert time is over this. */
  alertLatencyAlarmMinutes: z.coerce.number().min(1).default(15),
});
export type TocsinSettings = z.output<typeof SettingsSchema>;

/** Reads Tocsin's settings from CDK context, failing synth with every invalid key named. */
export const parseSettings = (readContext: (key: string) => unknown): TocsinSettings => {
  const raw = Object.fromEntries(Object.values(CONTEXT_KEY).map((key) => [key, readContext(key)]));
  const result = SettingsSchema.safeParse(raw);
  if (!result.success) throw new InvalidConfigError(`CDK context is invalid:\n${z.prettifyError(result.error)}`);
  return result.data;
};

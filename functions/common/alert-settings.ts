import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from '../../shared/use-cases/send-alerts.js';
import { DEFAULT_DECISION_RETENTION_DAYS } from './dynamodb-alert-decisions.js';
import { ENV } from './env-names.js';

const positiveNumber = (name: string, fallback: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`environment variable ${name} must be a positive number, got "${raw}"`);
  return value;
};

/** The alerting settings infra sets on send-alerts and send-digests (CDK context), with the documented defaults. */
export const alertSettingsFromEnv = (): { settings: AlertSettings; retentionDays: number } => ({
  settings: { ...DEFAULT_ALERT_SETTINGS, freshnessHours: positiveNumber(ENV.alertFreshnessHours, DEFAULT_ALERT_SETTINGS.freshnessHours) },
  retentionDays: positiveNumber(ENV.alertDecisionRetentionDays, DEFAULT_DECISION_RETENTION_DAYS),
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { listAlertDecisions, MAX_DECISION_PAGE, type AlertDecision } from '../../shared/use-cases/alert-decisions.js';
import { dynamoDbAlertDecisionLog } from '../../functions/common/dynamodb-alert-decisions.js';
import { createTables } from '../provision.js';
import { LOCAL_AWS, startDynalite } from '../servers.js';
import type { CliCommand, CliIo } from './command.js';

const USAGE = `Usage: tocsin alerts --watch ID [--since 7d|DATE] [--until DATE] [--limit N] [--data DIR] [--format json|table]
Lists a watch's alert decisions from the local store (what tocsin import --alerts and the local
pipeline decided): sent, update-sent, suppressed (a repeat), queued (for a digest), held (quiet
hours), rate-limited, digested, failed and skipped-stale, newest first, with the matching mentions'
rule ids and evidence, the channels and the SNS message id.

  --watch ID      the watch's id (config/watches.json)
  --since         "7d", "12h" or an ISO date (default: 7d)
  --until         an ISO date (default: now)
  --limit N       at most N decisions (default 100)
  --data DIR      the local store (default .tocsin/local-store, where tocsin import writes)
  --format        json (one decision per line, the default) or table

Example:
  tocsin alerts --watch venezuela-sanctions --since 30d --format table`;

/** "7d", "12h", "30m" before `now`, or an ISO date; undefined when it is neither. */
export function parseSince(value: string, now: Date): string | undefined {
  const relative = /^(\d+)([dhm])$/.exec(value);
  if (relative) {
    const unit = { d: 86_400_000, h: 3_600_000, m: 60_000 }[relative[2] as 'd' | 'h' | 'm'];
    return new Date(now.getTime() - Number(relative[1]) * unit).toISOString();
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

const cell = (text: string | undefined, width: number) => {
  const value = (text ?? '').replace(/\s+/g, ' ');
  return (value.length > width ? `${value.slice(0, width - 1)}…` : value).padEnd(width);
};

/** One line per decision for people: when, what, how severe, which alert, the headline, and why. */
const table = (decisions: readonly AlertDecision[]): string[] => [
  `${cell('decided at', 24)} ${cell('outcome', 13)} ${cell('severity', 8)} ${cell('alert id', 12)} ${cell('headline', 50)} reason`,
  ...decisions.map(
    (d) =>
      `${cell(d.decidedAt, 24)} ${cell(d.outcome, 13)} ${cell(d.severity, 8)} ${cell(d.alertId, 12)} ${cell(d.title, 50)} ${
        [d.reason, ...(d.changes ?? [])].filter(Boolean).join('; ')
      }`,
  ),
];

async function run(args: string[], io: CliIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        watch: { type: 'string' },
        since: { type: 'string', default: '7d' },
        until: { type: 'string' },
        limit: { type: 'string', default: '100' },
        data: { type: 'string', default: '.tocsin/local-store' },
        format: { type: 'string', default: 'json' },
      },
    }));
  } catch (error) {
    io.stderr.write(`tocsin alerts: ${(error as Error).message}\n`);
    return 2;
  }
  const now = new Date();
  const since = parseSince(values.since, now);
  const until = values.until === undefined ? undefined : parseSince(values.until, now);
  const limit = Number(values.limit);
  const problems = [
    !values.watch && 'give --watch ID',
    !since && `--since: expected "7d", "12h" or a date, got "${values.since}"`,
    values.until !== undefined && !until && `--until: expected a date, got "${values.until}"`,
    !(Number.isInteger(limit) && limit > 0) && `--limit: expected a positive whole number, got "${values.limit}"`,
    !['json', 'table'].includes(values.format) && `--format: expected json or table, got "${values.format}"`,
  ].filter(Boolean);
  if (problems.length > 0) {
    io.stderr.write(`tocsin alerts: ${problems.join('; ')}\n`);
    return 2;
  }
  const storeDir = join(values.data, 'dynamodb');
  if (!existsSync(storeDir)) {
    io.stderr.write(`tocsin alerts: no local store under ${values.data} (tocsin import --data ${values.data} creates one)\n`);
    return 1;
  }

  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const server = await startDynalite(storeDir);
  const dynamo = new DynamoDBClient({ endpoint: server.endpoint, ...LOCAL_AWS });
  try {
    const { alertsTable } = await createTables(dynamo);
    const log = dynamoDbAlertDecisionLog(DynamoDBDocumentClient.from(dynamo), alertsTable);
    const decisions: AlertDecision[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAlertDecisions(
        { watchId: values.watch!, since, until, limit: Math.min(limit - decisions.length, MAX_DECISION_PAGE), cursor },
        log,
      );
      decisions.push(...page.decisions);
      cursor = page.cursor;
    } while (cursor && decisions.length < limit);
    const lines = values.format === 'table' ? table(decisions) : decisions.map((d) => JSON.stringify(d));
    if (lines.length > 0) io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    dynamo.destroy();
    await server.stop();
  }
}

/** `tocsin alerts --watch ID`: the audit trail of a watch's alert decisions in the local store. */
export const alertsCommand: CliCommand = {
  name: 'alerts',
  summary: "list a watch's alert decisions (sent, held, suppressed, stale...) from the local store",
  usage: USAGE,
  run,
};

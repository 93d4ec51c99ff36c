import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlertDecisionLog } from '../../../shared/ports.js';
import { listAlertDecisions, type AlertDecision, type DecisionOutcome } from '../../../shared/use-cases/alert-decisions.js';
import { dynamoDbAlertDecisionLog, InvalidCursorError } from '../../../functions/common/dynamodb-alert-decisions.js';
import { alertKeys } from '../../../functions/common/dynamodb-alert-store.js';
import { dynamoDbLocalTables } from '../../support/local-aws.js';

const aDecision = (decidedAt: string, outcome: DecisionOutcome = 'sent', watchId = 'venezuela-sanctions'): AlertDecision => ({
  decisionId: `${outcome}-${decidedAt}`,
  watchId,
  storyId: 'story-1',
  articleId: 'article-1',
  outcome,
  decidedAt,
  alertId: 'a1b2c3d4e5f6',
  mentions: [{ ruleId: 'sanctions.imposed', category: 'sanctions', subtype: 'imposed', modality: 'asserted', confidence: 0.9, evidence: { start: 0, end: 7, text: 'imposed' } }],
  channels: ['email'],
  snsMessageId: 'm-1',
});

describe('dynamoDbAlertDecisionLog on DynamoDB Local', () => {
  let log: AlertDecisionLog;
  let read: (key: Record<string, string>) => Promise<Record<string, unknown> | undefined>;
  beforeAll(async () => {
    const { documents, alertsTable } = await dynamoDbLocalTables();
    log = dynamoDbAlertDecisionLog(documents, alertsTable, 30);
    read = async (key) => (await documents.send(new GetCommand({ TableName: alertsTable, Key: key }))).Item;
    for (const day of ['20', '21', '22', '23', '24', '25']) await log.record(aDecision(`2019-03-${day}T09:00:00.000Z`));
    await log.record(aDecision('2019-03-24T10:00:00.000Z', 'suppressed', 'another-watch'));
  });

  it('lists a watch’s decisions in a time range, newest first, both ends inclusive', async () => {
    const page = await listAlertDecisions({ watchId: 'venezuela-sanctions', since: '2019-03-22T09:00:00.000Z', until: '2019-03-24T09:00:00.000Z' }, log);

    expect(page.decisions.map((d) => d.decidedAt)).toEqual(['2019-03-24T09:00:00.000Z', '2019-03-23T09:00:00.000Z', '2019-03-22T09:00:00.000Z']);
    expect(page.cursor).toBeUndefined();
  });

  it('pages with a cursor until the range is exhausted', async () => {
    const first = await listAlertDecisions({ watchId: 'venezuela-sanctions', limit: 4 }, log);
    const second = await listAlertDecisions({ watchId: 'venezuela-sanctions', limit: 4, cursor: first.cursor }, log);

    expect(first.decisions).toHaveLength(4);
    expect(second.decisions.map((d) => d.decidedAt)).toEqual(['2019-03-21T09:00:00.000Z', '2019-03-20T09:00:00.000Z']);
  });

  it('refuses a cursor it did not hand out, or one from another watch', async () => {
    const other = await listAlertDecisions({ watchId: 'another-watch', limit: 1 }, log);
    await log.record(aDecision('2019-03-25T11:00:00.000Z', 'sent', 'another-watch'));
    const otherCursor = (await listAlertDecisions({ watchId: 'another-watch', limit: 1 }, log)).cursor!;

    await expect(listAlertDecisions({ watchId: 'venezuela-sanctions', cursor: 'not-a-cursor' }, log)).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(listAlertDecisions({ watchId: 'venezuela-sanctions', cursor: otherCursor }, log)).rejects.toThrow('not a cursor from a previous page');
    expect(other.decisions.map((d) => d.outcome)).toEqual(['suppressed']);
  });

  it('keeps the whole decision, and expires it after the configured retention', async () => {
    const item = await read(alertKeys.decision('venezuela-sanctions', '2019-03-20T09:00:00.000Z', 'sent-2019-03-20T09:00:00.000Z'));

    expect(item?.decision).toEqual(aDecision('2019-03-20T09:00:00.000Z'));
    expect(item?.expiresAt).toBe(Date.parse('2019-03-20T09:00:00.000Z') / 1000 + 30 * 86_400);
  });

  it('overwrites rather than duplicates a decision recorded twice (a retried message)', async () => {
    await log.record(aDecision('2019-03-20T09:00:00.000Z'));

    const page = await listAlertDecisions({ watchId: 'venezuela-sanctions', until: '2019-03-20T23:00:00.000Z' }, log);

    expect(page.decisions).toHaveLength(1);
  });
});

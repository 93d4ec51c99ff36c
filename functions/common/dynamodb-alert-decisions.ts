import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { RejectedInputError } from '../../shared/errors.js';
import type { AlertDecisionLog } from '../../shared/ports.js';
import type { AlertDecision } from '../../shared/use-cases/alert-decisions.js';
import { alertKeys } from './dynamodb-alert-store.js';

/** How long audit items are kept unless configured otherwise: a compliance year. */
export const DEFAULT_DECISION_RETENTION_DAYS = 365;

/** A page cursor that is not one this log handed out. */
export class InvalidCursorError extends RejectedInputError {
  override name = 'InvalidCursorError';
}

const CursorSchema = z.object({ pk: z.string(), sk: z.string() });

const encodeCursor = (key: Record<string, unknown>): string => Buffer.from(JSON.stringify(key)).toString('base64url');
const decodeCursor = (cursor: string, watchId: string): Record<string, unknown> => {
  try {
    const key = CursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (key.pk === alertKeys.decisionPartition(watchId)) return key;
  } catch {
    // Falls through to the error below: any malformed cursor gets the same clear message.
  }
  throw new InvalidCursorError(`cursor: not a cursor from a previous page of watch "${watchId}"'s decisions`);
};

/**
 * The audit trail on the Alerts table: one item per decision under its watch, sorted by time
 * (pk DECISION#<watch>, sk <decidedAt>#<decisionId>), expiring after the retention period.
 * A time range of a watch is one key range of one partition: no scans.
 */
export function dynamoDbAlertDecisionLog(
  client: DynamoDBDocumentClient,
  tableName: string,
  retentionDays = DEFAULT_DECISION_RETENTION_DAYS,
): AlertDecisionLog {
  return {
    async record(decision) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            ...alertKeys.decision(decision.watchId, decision.decidedAt, decision.decisionId),
            decision,
            expiresAt: Math.floor(Date.parse(decision.decidedAt) / 1000) + retentionDays * 86_400,
          },
        }),
      );
    },

    async list({ watchId, since, until, limit, cursor }) {
      // Sort keys start with the ISO time: "~" sorts after every "#<id>" suffix, so `until` is inclusive.
      const from = since ?? '0000';
      const to = `${until ?? '9999'}~`;
      const out = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': alertKeys.decisionPartition(watchId), ':from': from, ':to': to },
          ScanIndexForward: false,
          Limit: limit,
          ...(cursor ? { ExclusiveStartKey: decodeCursor(cursor, watchId) } : {}),
        }),
      );
      return {
        decisions: (out.Items ?? []).map((item) => item.decision as AlertDecision),
        ...(out.LastEvaluatedKey ? { cursor: encodeCursor(out.LastEvaluatedKey) } : {}),
      };
    },
  };
}

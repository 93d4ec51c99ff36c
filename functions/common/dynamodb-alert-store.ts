import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { AlertStateStore, DigestRecord, DigestStore, StoryAlertState } from '../../shared/ports.js';
import type { DigestItem } from '../../shared/watch/digest.js';

/**
 * Key layout of the Alerts table (docs/data-model.md), built here only. Watch ids are `[a-z0-9-]`, so `#`
 * never occurs inside one.
 */
export const alertKeys = {
  storyState: (watchId: string, storyId: string) => ({ pk: `STORY#${watchId}#${storyId}`, sk: 'STATE' }),
  hourlySlots: (watchId: string, hour: string) => ({ pk: `SLOTS#${watchId}`, sk: hour }),
  waitingPartition: (watchId: string) => `WAITING#${watchId}`,
  waiting: (watchId: string, decidedAt: string, alertId: string) => ({ pk: `WAITING#${watchId}`, sk: `${decidedAt}#${alertId}` }),
  digestPartition: (watchId: string) => `DIGEST#${watchId}`,
  digest: (watchId: string, deliveryAt: string) => ({ pk: `DIGEST#${watchId}`, sk: deliveryAt }),
  decisionPartition: (watchId: string) => `DECISION#${watchId}`,
  decision: (watchId: string, decidedAt: string, decisionId: string) => ({ pk: `DECISION#${watchId}`, sk: `${decidedAt}#${decisionId}` }),
} as const;

const DAY_SECONDS = 86_400;
/** A waiting alert whose watch never sends a digest (a watch removed from config) is dropped after this. */
const WAITING_DAYS = 30;
/** DynamoDB's BatchWriteItem limit. */
const BATCH = 25;

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

const isConditionFailure = (error: unknown): boolean =>
  error instanceof ConditionalCheckFailedException || (error as { name?: string }).name === 'ConditionalCheckFailedException';

export interface AlertStoreOptions {
  /** Digest records are kept as long as the audit trail. */
  retentionDays: number;
}

/**
 * Alert state, hourly counters, waiting alerts and digest records on the Alerts table. Every write that
 * decides something is conditional: a story state over the version read, a digest claim once per
 * watch and delivery time, an hourly slot only below the limit.
 */
export function dynamoDbAlertStore(
  client: DynamoDBDocumentClient,
  tableName: string,
  { retentionDays }: AlertStoreOptions,
): AlertStateStore & DigestStore {
  const conditional = async (write: () => Promise<unknown>): Promise<boolean> => {
    try {
      await write();
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  };

  return {
    async get(watchId, storyId) {
      const out = await client.send(new GetCommand({ TableName: tableName, Key: alertKeys.storyState(watchId, storyId), ConsistentRead: true }));
      return out.Item?.state as StoryAlertState | undefined;
    },

    put(state, expectedVersion) {
      return conditional(() =>
        client.send(
          new PutCommand({
            TableName: tableName,
            // TTL: a story quiet for the whole suppression window is forgotten, so it alerts afresh.
            Item: { ...alertKeys.storyState(state.watchId, state.storyId), version: state.version, expiresAt: state.expiresAt, state },
            ...(expectedVersion === 0
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : { ConditionExpression: 'version = :expected', ExpressionAttributeValues: { ':expected': expectedVersion } }),
          }),
        ),
      );
    },

    takeHourlySlot(watchId, hour, limit) {
      return conditional(() =>
        client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: alertKeys.hourlySlots(watchId, hour),
            UpdateExpression: 'ADD taken :one SET expiresAt = :expires',
            ConditionExpression: 'attribute_not_exists(taken) OR taken < :limit',
            ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expires': epochSeconds(`${hour}:00:00Z`) + 2 * 3600 },
          }),
        ),
      );
    },

    async addWaiting(item) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...alertKeys.waiting(item.watchId, item.decidedAt, item.alertId), item, expiresAt: epochSeconds(item.decidedAt) + WAITING_DAYS * DAY_SECONDS },
        }),
      );
    },

    async waiting(watchId, before, limit) {
      const items: DigestItem[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk < :before',
            ExpressionAttributeValues: { ':pk': alertKeys.waitingPartition(watchId), ':before': before },
            ConsistentRead: true,
            Limit: limit - items.length,
            ExclusiveStartKey: startKey,
          }),
        );
        items.push(...(page.Items ?? []).map((i) => i.item as DigestItem));
        startKey = page.LastEvaluatedKey;
      } while (startKey && items.length < limit);
      return items;
    },

    async removeWaiting(watchId, items) {
      for (let i = 0; i < items.length; i += BATCH) {
        let requests: Record<string, unknown[]> | undefined = {
          [tableName]: items.slice(i, i + BATCH).map((item) => ({ DeleteRequest: { Key: alertKeys.waiting(watchId, item.decidedAt, item.alertId) } })),
        };
        // BatchWriteItem may leave some deletes undone under throttling; they are sent again until none are left.
        while (requests && Object.keys(requests).length > 0) {
          const out = await client.send(new BatchWriteCommand({ RequestItems: requests as never }));
          requests = out.UnprocessedItems as Record<string, unknown[]> | undefined;
        }
      }
    },

    async latestDigest(watchId) {
      const out = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': alertKeys.digestPartition(watchId) },
          ScanIndexForward: false,
          Limit: 1,
          ConsistentRead: true,
        }),
      );
      return out.Items?.[0]?.record as DigestRecord | undefined;
    },

    claimDigest(record) {
      return conditional(() =>
        client.send(
          new PutCommand({
            TableName: tableName,
            Item: digestItem(record, retentionDays),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    },

    async updateDigest(record) {
      await client.send(new PutCommand({ TableName: tableName, Item: digestItem(record, retentionDays) }));
    },
  };
}

const digestItem = (record: DigestRecord, retentionDays: number) => ({
  ...alertKeys.digest(record.watchId, record.deliveryAt),
  record,
  expiresAt: epochSeconds(record.deliveryAt) + retentionDays * DAY_SECONDS,
});

import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FeedState, FeedStateStore } from '../../shared/ports.js';
import { keys } from './dynamodb-keys.js';

/** Each feed's conditional-GET validators and health, one item per feed. */
export function dynamoDbFeedStateStore(client: DynamoDBDocumentClient, tableName: string): FeedStateStore {
  return {
    async get(feedId) {
      const out = await client.send(new GetCommand({ TableName: tableName, Key: keys.feedState(feedId), ConsistentRead: true }));
      return out.Item?.state as FeedState | undefined;
    },
    async put(state) {
      await client.send(new PutCommand({ TableName: tableName, Item: { ...keys.feedState(state.feedId), state } }));
    },
  };
}

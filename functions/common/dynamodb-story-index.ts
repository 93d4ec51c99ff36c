import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isNearDuplicate, lookupKeys, similarity } from '../../shared/dedupe/fingerprint.js';
import type { StoryIndex, StorySource } from '../../shared/ports.js';
import { keys } from './dynamodb-keys.js';

/**
 * Near-duplicate lookup on the Articles table: one small item per fingerprint lookup key
 * (pk NEAR#<key>), so candidates are found by a few key queries instead of a scan.
 */
export function dynamoDbStoryIndex(client: DynamoDBDocumentClient, tableName: string): StoryIndex {
  return {
    async findStory(fingerprint) {
      const candidates = new Map<string, { storyId: string; fingerprint: string }>();
      for (const lookupKey of lookupKeys(fingerprint)) {
        const out = await client.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': keys.storyLookupPartition(lookupKey) },
          }),
        );
        for (const item of out.Items ?? []) {
          candidates.set(String(item.articleId), { storyId: String(item.storyId), fingerprint: String(item.fingerprint) });
        }
      }
      let best: { storyId: string; score: number } | undefined;
      for (const candidate of candidates.values()) {
        if (!isNearDuplicate(fingerprint, candidate.fingerprint)) continue;
        const score = similarity(fingerprint, candidate.fingerprint);
        if (!best || score > best.score) best = { storyId: candidate.storyId, score };
      }
      return best?.storyId;
    },

    async add(article) {
      for (const lookupKey of lookupKeys(article.fingerprint)) {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.storyLookup(lookupKey, article.id),
              articleId: article.id,
              storyId: article.storyId,
              fingerprint: article.fingerprint,
            },
          }),
        );
      }
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...keys.storySource(article.storyId, article.id), articleId: article.id, sourceName: article.source.name, url: article.url },
        }),
      );
    },

    async sources(storyId) {
      const out = await client.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': keys.storyPartition(storyId) },
          ConsistentRead: true,
        }),
      );
      return (out.Items ?? []).map(
        (item): StorySource => ({ articleId: String(item.articleId), sourceName: String(item.sourceName), url: String(item.url) }),
      );
    },
  };
}

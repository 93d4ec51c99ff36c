import { paginateQuery, PutCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { lookupKeys } from '../../shared/dedupe/fingerprint.js';
import { chooseStory, type StoryCandidate } from '../../shared/dedupe/story.js';
import type { StoryIndex, StorySource } from '../../shared/ports.js';
import { keys } from './dynamodb-keys.js';

/** How long an article stays a candidate for near-copies of it. */
export const NEAR_DUPLICATE_WINDOW_SECONDS = 14 * 24 * 3600;

/**
 * Near-duplicate lookup on the Articles table: one small item per fingerprint lookup key
 * (pk NEAR#<key>), so candidates are found by a few key queries instead of a scan.
 */
export function dynamoDbStoryIndex(client: DynamoDBDocumentClient, tableName: string): StoryIndex {
  /** Every item of a partition, across pages: a busy lookup key or a widely syndicated story spans several. */
  const partition = async (pk: string, options: Partial<QueryCommandInput> = {}): Promise<Record<string, unknown>[]> => {
    const items: Record<string, unknown>[] = [];
    const pages = paginateQuery(
      { client },
      { TableName: tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk }, ...options },
    );
    for await (const page of pages) items.push(...(page.Items ?? []));
    return items;
  };

  return {
    async findStory(fingerprint) {
      const candidates = new Map<string, StoryCandidate>();
      for (const lookupKey of lookupKeys(fingerprint)) {
        for (const item of await partition(keys.storyLookupPartition(lookupKey))) {
          const articleId = String(item.articleId);
          candidates.set(articleId, { articleId, storyId: String(item.storyId), fingerprint: String(item.fingerprint) });
        }
      }
      return chooseStory(fingerprint, candidates.values());
    },

    async add(article) {
      // Near-copies arrive within days; expiring lookup items keeps the busiest keys small.
      const expiresAt = Math.floor(Date.parse(article.ingestedAt) / 1000) + NEAR_DUPLICATE_WINDOW_SECONDS;
      for (const lookupKey of lookupKeys(article.fingerprint)) {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.storyLookup(lookupKey, article.id),
              articleId: article.id,
              storyId: article.storyId,
              fingerprint: article.fingerprint,
              expiresAt,
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
      const items = await partition(keys.storyPartition(storyId), { ConsistentRead: true });
      return items.map(
        (item): StorySource => ({ articleId: String(item.articleId), sourceName: String(item.sourceName), url: String(item.url) }),
      );
    },
  };
}

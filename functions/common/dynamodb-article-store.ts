import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Article } from '../../shared/article/article.js';
import type { ArticleStore, ClaimResult } from '../../shared/ports.js';
import { facetPartition, facetSortKey, keys, type RecentFacet } from './dynamodb-keys.js';

/** What a recent-articles query returns: enough to list, not the whole text. */
export interface ArticleHeadline {
  id: string;
  title: string;
  url: string;
  /** Undefined when the source gave no date. */
  publishedAt?: string;
  ingestedAt: string;
  source: string;
  categories: string[];
  countries: string[];
}

export interface DynamoDbArticleStore extends ArticleStore {
  /** Recent articles by day, category or country, newest first (gsi1). */
  recent(facet: RecentFacet, limit: number): Promise<ArticleHeadline[]>;
}

/** ArticleStore on the single Articles table: conditional claims for dedupe, fan-out index items for gsi1. */
export function dynamoDbArticleStore(client: DynamoDBDocumentClient, tableName: string): DynamoDbArticleStore {
  /** Claims a key for an article; a claim the same article already holds counts as won (a retry). */
  const claimKey = async (key: { pk: string; sk: string }, articleId: string): Promise<string | undefined> => {
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...key, articleId },
          ConditionExpression: 'attribute_not_exists(pk) OR articleId = :id',
          ExpressionAttributeValues: { ':id': articleId },
        }),
      );
      return undefined;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const holder = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
      return String(holder.Item?.articleId);
    }
  };

  const batchWrite = async (requests: { PutRequest: { Item: Record<string, unknown> } }[]): Promise<void> => {
    let pending: typeof requests = requests;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === 5) throw new Error(`BatchWriteItem left ${pending.length} items unprocessed after ${attempt} attempts`);
      const out = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      if (pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
  };

  return {
    async claim(article): Promise<ClaimResult> {
      const urlHolder = await claimKey(keys.urlClaim(article.canonicalUrl), article.id);
      if (urlHolder !== undefined) return { kind: 'duplicate', of: urlHolder, by: 'url' };
      if (article.contentHash === undefined) return { kind: 'new' };
      const contentHolder = await claimKey(keys.contentClaim(article.contentHash), article.id);
      if (contentHolder !== undefined) return { kind: 'duplicate', of: contentHolder, by: 'content' };
      return { kind: 'new' };
    },

    async save(article) {
      // An undated article is listed by when it arrived: it still has to show up among recent news.
      const listedAt = article.publishedAt ?? article.ingestedAt;
      const day = listedAt.slice(0, 10);
      const sortKey = facetSortKey(listedAt, article.id);
      const headline: ArticleHeadline = {
        id: article.id,
        title: article.title,
        url: article.url,
        publishedAt: article.publishedAt,
        ingestedAt: article.ingestedAt,
        source: article.source.name,
        categories: article.categories,
        countries: article.countries,
      };
      const facets: RecentFacet[] = [
        { day },
        ...article.categories.map((category) => ({ category })),
        ...article.countries.map((country) => ({ country })),
      ];
      // Small index items, one per facet, carry gsi1 keys and a headline, so the index never copies
      // article text. They share the article's partition, so one query finds all of an article's items.
      const items = facets.map((facet) => ({
        PutRequest: {
          Item: { ...keys.articleIndex(article.id, facetPartition(facet)), gsi1pk: facetPartition(facet), gsi1sk: sortKey, headline },
        },
      }));
      for (let i = 0; i < items.length; i += 25) await batchWrite(items.slice(i, i + 25));
      // The article row goes last: its presence marks a finished save, so a retry after a partial
      // one finds no row and writes everything again instead of calling the article a duplicate.
      await client.send(new PutCommand({ TableName: tableName, Item: { ...keys.article(article.id), article } }));
    },

    async get(id) {
      const out = await client.send(new GetCommand({ TableName: tableName, Key: keys.article(id) }));
      return out.Item?.article as Article | undefined;
    },

    async recent(facet, limit) {
      const out = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :pk',
          ExpressionAttributeValues: { ':pk': facetPartition(facet) },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
      return (out.Items ?? []).map((item) => item.headline as ArticleHeadline);
    },
  };
}

import { BatchWriteCommand, paginateQuery, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { namedParties } from '../../shared/entity-linking/named-parties.js';
import type { ArticleNaming, NamedPartyIndex } from '../../shared/ports.js';
import { keys } from './dynamodb-keys.js';

/** How long an article stays findable by the names it wrote: a designation looks back 90 days. */
export const NAMED_PARTY_WINDOW_SECONDS = 90 * 24 * 3600;
const BATCH = 25;

/**
 * Name-keyed items on the Articles table (pk NAME#<key>, sk <ingestedAt>#<article id>, expiring after
 * 90 days): for each party an article's mentions name, so a new designation finds the articles that
 * named the party before it was listed, by a few key queries.
 */
export function dynamoDbEntityNameIndex(client: DynamoDBDocumentClient, tableName: string): NamedPartyIndex {
  return {
    async record(article) {
      const expiresAt = Math.floor(Date.parse(article.ingestedAt) / 1000) + NAMED_PARTY_WINDOW_SECONDS;
      const items = namedParties(article.text, article.mentions).flatMap(({ name, keys: nameKeys }) =>
        nameKeys.map((nameKey) => ({
          ...keys.namedParty(nameKey, article.ingestedAt, article.id),
          articleId: article.id,
          title: article.title,
          url: article.url,
          sourceName: article.source.name,
          publishedAt: article.publishedAt,
          ingestedAt: article.ingestedAt,
          name,
          expiresAt,
        })),
      );
      // One item per key and article: the same name twice in an article writes one item.
      const unique = [...new Map(items.map((item) => [`${item.pk}\u0000${item.sk}`, item])).values()];
      for (let i = 0; i < unique.length; i += BATCH) {
        let requests = unique.slice(i, i + BATCH).map((Item) => ({ PutRequest: { Item } }));
        for (let attempt = 0; requests.length > 0; attempt++) {
          if (attempt > 5) throw new Error(`named-party items: ${requests.length} writes still unprocessed after ${attempt} attempts`);
          const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
          requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
        }
      }
    },

    async articlesNaming(nameKeys, since) {
      const found = new Map<string, ArticleNaming>();
      for (const nameKey of nameKeys) {
        const pages = paginateQuery(
          { client },
          {
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND sk >= :since',
            ExpressionAttributeValues: { ':pk': keys.namedPartyPartition(nameKey), ':since': since },
          },
        );
        for await (const page of pages) {
          for (const item of page.Items ?? []) {
            const naming = item as unknown as ArticleNaming;
            const id = `${naming.articleId}\u0000${naming.name}`;
            if (!found.has(id)) {
              found.set(id, {
                articleId: naming.articleId,
                title: naming.title,
                url: naming.url,
                sourceName: naming.sourceName,
                publishedAt: naming.publishedAt,
                ingestedAt: naming.ingestedAt,
                name: naming.name,
              });
            }
          }
        }
      }
      return [...found.values()].sort((a, b) => b.ingestedAt.localeCompare(a.ingestedAt));
    },
  };
}

import { beforeAll, describe, expect, it } from 'vitest';
import { dynamoDbEntityNameIndex, NAMED_PARTY_WINDOW_SECONDS } from '../../../functions/common/dynamodb-entity-name-index.js';
import { entryKeys } from '../../../shared/entity-linking/named-parties.js';
import type { ListEntry } from '../../../shared/sanctions-lists/list.js';
import type { NamedPartyIndex } from '../../../shared/ports.js';
import { dynamoDbLocalTables } from '../../support/local-aws.js';
import { aMentionOf, demoSdnIndex } from '../../support/sanctions.js';
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

const storedArticle = (id: string, sentence: string, ingestedAt: string) => ({
  id,
  title: `Title ${id}`,
  url: `https://news.example/${id}`,
  source: { id: 'example', name: 'Example News' },
  publishedAt: ingestedAt,
  ingestedAt,
  text: sentence,
  mentions: [aMentionOf(sentence)],
});

describe('dynamoDbEntityNameIndex on DynamoDB Local', () => {
  let names: NamedPartyIndex;
  let documents: DynamoDBDocumentClient;
  let table: string;
  beforeAll(async () => {
    ({ documents, articlesTable: table } = await dynamoDbLocalTables());
    names = dynamoDbEntityNameIndex(documents, table);
    await names.record(storedArticle('a1', 'Washington weighed sanctions on Nicolas Maduro and Petróleos de Venezuela.', '2019-03-01T00:00:00.000Z'));
    await names.record(storedArticle('a2', 'Maduro and President Nicolas Maduro Moros spoke.', '2019-03-20T00:00:00.000Z'));
    await names.record(storedArticle('old', 'Sanctions on Nicolas Maduro were discussed.', '2018-10-01T00:00:00.000Z'));
  });

  it('finds, newest first, the articles that named a listed person since a date, under any spelling the keys share', async () => {
    const maduro = (await demoSdnIndex()).entry('22790') as ListEntry;
    const found = await names.articlesNaming(entryKeys(maduro, () => false), '2019-01-01T00:00:00.000Z');
    expect(found.map((f) => [f.articleId, f.name])).toEqual([
      ['a2', 'Nicolas Maduro Moros'],
      ['a1', 'Nicolas Maduro'],
    ]);
    expect(found[1]).toMatchObject({ title: 'Title a1', url: 'https://news.example/a1', sourceName: 'Example News' });
  });

  it('finds a company by its name without legal form', async () => {
    const pdvsa = (await demoSdnIndex()).entry('26367') as ListEntry;
    expect((await names.articlesNaming(entryKeys(pdvsa, () => false), '2019-01-01T00:00:00.000Z')).map((f) => f.articleId)).toEqual(['a1']);
  });

  it('writes items that expire 90 days after the article was stored', async () => {
    const { Items = [] } = await documents.send(new ScanCommand({ TableName: table, FilterExpression: 'articleId = :id', ExpressionAttributeValues: { ':id': 'old' } }));
    expect(Items.length).toBeGreaterThan(0);
    for (const item of Items) expect(item.expiresAt).toBe(Date.parse('2018-10-01T00:00:00.000Z') / 1000 + NAMED_PARTY_WINDOW_SECONDS);
  });
});

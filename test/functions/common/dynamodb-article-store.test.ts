import { beforeAll, describe, expect, it } from 'vitest';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Article } from '../../../shared/article/article.js';
import { dynamoDbArticleStore, type DynamoDbArticleStore } from '../../../functions/common/dynamodb-article-store.js';
import { dynamoDbLocalTables } from '../../support/local-aws.js';

const anArticle = (overrides: Partial<Article> = {}): Article => ({
  id: 'a1',
  url: 'https://news.example/a1',
  canonicalUrl: 'https://news.example/a1',
  title: 'US sanctions Venezuelan development bank',
  text: 'On Friday it sanctioned its development bank, Bandes.',
  source: { id: 'example', name: 'Example News' },
  publishedAt: '2019-03-22T10:00:00.000Z',
  ingestedAt: '2019-03-22T10:05:00.000Z',
  contentHash: 'hash-a1',
  fingerprint: '0000000000000000',
  storyId: 'a1',
  mentions: [],
  categories: ['sanctions'],
  countries: ['US', 'VE'],
  ...overrides,
});

describe('dynamoDbArticleStore on DynamoDB Local', () => {
  let store: DynamoDbArticleStore;
  let documents: DynamoDBDocumentClient;
  let articlesTable: string;
  beforeAll(async () => {
    ({ documents, articlesTable } = await dynamoDbLocalTables());
    store = dynamoDbArticleStore(documents, articlesTable);
  });

  it('writes the article row last, so a save that failed halfway is redone in full on retry', async () => {
    // An SDK stub for the error path only: the first index write fails, everything else is real.
    let failNextBatch = true;
    const flaky = {
      send: (command: unknown) => {
        if (failNextBatch && command instanceof BatchWriteCommand) {
          failNextBatch = false;
          return Promise.reject(new Error('ProvisionedThroughputExceededException'));
        }
        return documents.send(command as never);
      },
    } as unknown as DynamoDBDocumentClient;
    const article = anArticle({ id: 'half-saved', publishedAt: '2022-02-02T02:00:00.000Z', countries: ['BY'] });

    await expect(dynamoDbArticleStore(flaky, articlesTable).save(article)).rejects.toThrow('ProvisionedThroughput');
    expect(await store.get('half-saved')).toBeUndefined();

    await store.save(article);
    expect(await store.get('half-saved')).toEqual(article);
    expect((await store.recent({ country: 'BY' }, 10)).map((h) => h.id)).toEqual(['half-saved']);
  });

  it('claims a new article, then reports a second claim of its URL as a duplicate of the first', async () => {
    expect(await store.claim({ id: 'c1', canonicalUrl: 'https://x.example/1', contentHash: 'h1' })).toEqual({ kind: 'new' });
    expect(await store.claim({ id: 'c2', canonicalUrl: 'https://x.example/1', contentHash: 'h2' })).toEqual({
      kind: 'duplicate',
      of: 'c1',
      by: 'url',
    });
  });

  it('reports the same content at another URL as a duplicate by content', async () => {
    await store.claim({ id: 'd1', canonicalUrl: 'https://x.example/d1', contentHash: 'same-text' });
    expect(await store.claim({ id: 'd2', canonicalUrl: 'https://y.example/d2', contentHash: 'same-text' })).toEqual({
      kind: 'duplicate',
      of: 'd1',
      by: 'content',
    });
  });

  it('lets the article holding a claim claim again, so a retried message completes', async () => {
    const claim = { id: 'r1', canonicalUrl: 'https://x.example/r1', contentHash: 'hr1' };
    await store.claim(claim);
    expect(await store.claim(claim)).toEqual({ kind: 'new' });
  });

  it('stores an article with its mentions and reads it back by id', async () => {
    const article = anArticle({
      id: 's1',
      mentions: [
        {
          category: 'sanctions',
          subtype: 'imposed',
          modality: 'asserted',
          agents: [{ kind: 'state', code: 'US', surface: 'it' }],
          patients: [{ kind: 'entity', name: 'Bandes', surface: 'Bandes', country: 'VE' }],
          targetKind: 'entity',
          trigger: { start: 12, end: 22, text: 'sanctioned' },
          evidence: { start: 0, end: 52, text: 'On Friday it sanctioned its development bank, Bandes.' },
          ruleId: 'sanctions.verb',
          confidence: 0.9,
        },
      ],
    });
    await store.save(article);
    expect(await store.get('s1')).toEqual(article);
    expect(await store.get('missing')).toBeUndefined();
  });

  it('lists recent articles by day, category and country, newest first', async () => {
    await store.save(anArticle({ id: 'old', publishedAt: '2020-01-01T08:00:00.000Z', categories: ['military-deployment'], countries: ['RU'] }));
    await store.save(anArticle({ id: 'new', publishedAt: '2020-01-01T09:00:00.000Z', categories: ['military-deployment'], countries: ['RU', 'VE'] }));
    await store.save(anArticle({ id: 'other-day', publishedAt: '2020-01-02T09:00:00.000Z', categories: ['sanctions'], countries: ['IR'] }));

    expect((await store.recent({ category: 'military-deployment' }, 10)).map((h) => h.id)).toEqual(['new', 'old']);
    expect((await store.recent({ country: 'RU' }, 10)).map((h) => h.id)).toEqual(['new', 'old']);
    expect((await store.recent({ day: '2020-01-01' }, 10)).map((h) => h.id)).toEqual(['new', 'old']);
    expect((await store.recent({ country: 'IR' }, 10)).map((h) => h.id)).toEqual(['other-day']);
    expect(await store.recent({ day: '2020-01-01' }, 1)).toHaveLength(1);
  });

  it('does not duplicate index items when an article is saved again', async () => {
    const article = anArticle({ id: 'twice', publishedAt: '2021-05-05T05:00:00.000Z', countries: ['CU'] });
    await store.save(article);
    await store.save(article);
    expect((await store.recent({ country: 'CU' }, 10)).map((h) => h.id)).toEqual(['twice']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { createHandler, type ProcessArticlesDeps } from '../../../functions/process-articles/handler.js';
import { dynamoDbArticleStore } from '../../../functions/common/dynamodb-article-store.js';
import { dynamoDbStoryIndex } from '../../../functions/common/dynamodb-story-index.js';
import { sqsTaggedEventBus } from '../../../functions/common/sqs-tagged-event-bus.js';
import { tallyMetricSink } from '../../../functions/common/metrics.js';
import { createObservability } from '../../../functions/common/powertools.js';
import { METRIC } from '../../../functions/common/metric-names.js';
import { LOCAL_AWS, startFauxqs, type LocalServer } from '../../../local/servers.js';
import { takeAll } from '../../../local/sqs-driver.js';
import { dynamoDbLocalTables } from '../../support/local-aws.js';
import { anSqsRecord } from '../../support/sqs-records.js';

const record = anSqsRecord;

/** A sanctions article at its own URL, so each test stores its own. */
const sanctionsArticle = (slug: string) => JSON.stringify({
  url: `https://news.example/2019/03/22/${slug}`,
  title: 'US sanctions Venezuelan development bank',
  body: 'The Trump administration has imposed crippling sanctions on the Opec nation’s oil industry.',
  publishedAt: '2019-03-22T18:00:00Z',
  source: { id: 'example', name: 'Example News' },
});

describe('process-articles handler on DynamoDB Local and fauxqs', () => {
  let messaging: LocalServer;
  let sqs: SQSClient;
  let taggedQueueUrl: string;
  let deps: ProcessArticlesDeps;
  const sink = tallyMetricSink();
  let handler: ReturnType<typeof createHandler>;

  beforeAll(async () => {
    messaging = await startFauxqs();
    sqs = new SQSClient({ endpoint: messaging.endpoint, ...LOCAL_AWS });
    taggedQueueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'tagged' }))).QueueUrl!;
    const { documents, articlesTable } = await dynamoDbLocalTables();
    deps = {
      articles: dynamoDbArticleStore(documents, articlesTable),
      stories: dynamoDbStoryIndex(documents, articlesTable),
      events: sqsTaggedEventBus(sqs, taggedQueueUrl),
      pages: { fetchPage: () => Promise.reject(new Error('no page fetch expected in this test')) },
      clock: { now: () => new Date('2019-03-23T00:00:00Z') },
      sink,
      observability: createObservability('process-articles'),
    };
    handler = createHandler(() => deps);
  });
  afterAll(() => messaging?.stop());

  it('fails only the poison messages of a batch and stores, tags and announces the rest', async () => {
    const event: SQSEvent = {
      Records: [
        record('not-json', '{"url": "https://news.example/x", "title":'),
        record('good', sanctionsArticle('bandes')),
        record('no-link', JSON.stringify({ title: 'An entry with no link', body: 'text' })),
      ],
    };

    const [storedBefore, rejectedBefore] = [sink.total(METRIC.articlesIngested), sink.total(METRIC.rejected)];

    const response = await handler(event);

    expect(response.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['no-link', 'not-json']);
    expect(sink.total(METRIC.articlesIngested)).toBe(storedBefore + 1);
    expect(sink.total(METRIC.rejected)).toBe(rejectedBefore + 2);
    const events = (await takeAll(sqs, taggedQueueUrl)).map((m) => JSON.parse(m.Body!));
    expect(events).toHaveLength(1);
    expect(events[0].mentions[0]).toMatchObject({ category: 'sanctions', subtype: 'imposed' });
  });

  it('counts a rejected message once, on its first receive, though it fails on every retry', async () => {
    const rejectedBefore = sink.total(METRIC.rejected);

    const response = await handler({ Records: [record('still-bad', '{', 2), record('still-bad-3', '{', 3)] });

    expect(response.batchItemFailures).toHaveLength(2);
    expect(sink.total(METRIC.rejected)).toBe(rejectedBefore);
  });

  it('treats the same article delivered again as a duplicate: no second row, no second event', async () => {
    await handler({ Records: [record('first', sanctionsArticle('delivered-twice'))] });
    await takeAll(sqs, taggedQueueUrl);
    const [storedBefore, duplicatesBefore] = [sink.total(METRIC.articlesIngested), sink.total(METRIC.duplicates)];

    const response = await handler({ Records: [record('again', sanctionsArticle('delivered-twice'))] });

    expect(response.batchItemFailures).toEqual([]);
    expect(sink.total(METRIC.articlesIngested)).toBe(storedBefore);
    expect(sink.total(METRIC.duplicates)).toBe(duplicatesBefore + 1);
    expect(await takeAll(sqs, taggedQueueUrl)).toEqual([]);
  });
});

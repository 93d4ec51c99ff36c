import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createHandler } from '../../../functions/ingest-articles/handler.js';
import { sqsArticleQueue } from '../../../functions/common/sqs-article-queue.js';
import { tallyMetricSink } from '../../../functions/common/metrics.js';
import { createObservability } from '../../../functions/common/powertools.js';
import { METRIC } from '../../../functions/common/metric-names.js';
import { LOCAL_AWS, startFauxqs, type LocalServer } from '../../../local/servers.js';
import { takeAll } from '../../../local/sqs-driver.js';

describe('ingest-articles handler with a real SQS queue (fauxqs)', () => {
  let messaging: LocalServer;
  let sqs: SQSClient;
  let queueUrl: string;
  const sink = tallyMetricSink();
  let handler: ReturnType<typeof createHandler>;
  const post = async (body: string | undefined, isBase64Encoded = false) =>
    (await handler({ body, isBase64Encoded } as APIGatewayProxyEventV2)) as APIGatewayProxyStructuredResultV2;

  beforeAll(async () => {
    messaging = await startFauxqs();
    sqs = new SQSClient({ endpoint: messaging.endpoint, ...LOCAL_AWS });
    queueUrl = (await sqs.send(new CreateQueueCommand({ QueueName: 'articles' }))).QueueUrl!;
    const deps = { queue: sqsArticleQueue(sqs, queueUrl), sink, observability: createObservability('ingest-articles') };
    handler = createHandler(() => deps);
  });
  afterAll(() => messaging?.stop());

  it('accepts a batch with 202 and queues each article', async () => {
    const body = JSON.stringify({
      articles: [
        { url: 'https://news.example/a', title: 'A', body: 'The EU imposed sanctions on Belarus.' },
        { url: 'https://news.example/b', title: 'B', body: 'Troops arrived in the capital.' },
      ],
    });

    const response = await post(Buffer.from(body).toString('base64'), true);

    expect(response.statusCode).toBe(202);
    expect(JSON.parse(response.body!)).toEqual({ accepted: 2 });
    const queued = (await takeAll(sqs, queueUrl)).map((m) => JSON.parse(m.Body!).url);
    expect(queued.sort()).toEqual(['https://news.example/a', 'https://news.example/b']);
  });

  it.each([
    ['invalid JSON', '{"url": "https://news.example/a", "title": ', /JSON/i],
    ['a missing link', JSON.stringify({ title: 'No link' }), /url/],
    ['an empty body', undefined, /body/i],
  ])('answers 400 with the reason for %s, and queues nothing', async (_, body, reason) => {
    const rejectedBefore = sink.total(METRIC.rejected);

    const response = await post(body);

    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body!).error).toMatch(reason);
    expect(await takeAll(sqs, queueUrl)).toEqual([]);
    expect(sink.total(METRIC.rejected)).toBe(rejectedBefore + 1);
  });
});

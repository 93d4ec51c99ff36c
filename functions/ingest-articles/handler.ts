import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { parseApiBody } from '../../shared/article/api-body.js';
import { RejectedInputError } from '../../shared/errors.js';
import type { ArticleQueue } from '../../shared/ports.js';
import { METRIC } from '../common/metric-names.js';
import type { MetricSink } from '../common/metrics.js';
import type { Observability } from '../common/powertools.js';
import { productionDeps } from './deps.js';

export interface IngestArticlesDeps {
  queue: ArticleQueue;
  sink: MetricSink;
  observability: Observability;
}

const json = (statusCode: number, body: unknown): APIGatewayProxyResultV2 => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** POST /articles: one article, an array, or {"articles": [...]}; validated whole before anything is queued. */
export const createHandler = (getDeps: () => IngestArticlesDeps) => async (event: APIGatewayProxyEventV2) => {
  const deps = getDeps();
  const raw = event.body !== undefined && event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  try {
    const submissions = parseApiBody(raw);
    await deps.queue.send(submissions);
    deps.observability.logger.info('articles accepted', { count: submissions.length });
    return json(202, { accepted: submissions.length });
  } catch (error) {
    if (!(error instanceof RejectedInputError)) throw error;
    deps.sink.count(METRIC.rejected, 1);
    deps.observability.logger.warn('API request rejected', { reason: error.message });
    return json(400, { error: error.message });
  } finally {
    deps.sink.flush();
  }
};

export const handler = createHandler(productionDeps);

import { ParsingError } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { ArticleSubmissionSchema, type ArticleSubmission } from '../../shared/article/article.js';
import { RejectedInputError } from '../../shared/errors.js';
import { processArticle, type ProcessArticleDeps } from '../../shared/use-cases/process-article.js';
import { DIMENSION, METRIC } from '../common/metric-names.js';
import type { MetricSink } from '../common/metrics.js';
import { processSqsBatch } from '../common/sqs-batch.js';
import type { Observability } from '../common/powertools.js';
import { productionDeps } from './deps.js';

export interface ProcessArticlesDeps extends ProcessArticleDeps {
  sink: MetricSink;
  observability: Observability;
}

/** Consumes the articles queue; a bad record fails alone (ReportBatchItemFailures) and reaches the DLQ. */
export const createHandler = (getDeps: () => ProcessArticlesDeps) => async (event: SQSEvent, context?: Context) => {
  const deps = getDeps();
  const { logger } = deps.observability;
  const handleRecord = async (record: SQSRecord & { body: ArticleSubmission }) => {
    const outcome = await processArticle(record.body, deps);
    if (outcome.kind === 'duplicate') {
      deps.sink.count(METRIC.duplicates, 1);
      logger.info('duplicate article', { url: record.body.url, of: outcome.of, by: outcome.by });
      return;
    }
    const { article } = outcome;
    deps.sink.count(METRIC.articlesIngested, 1);
    if (outcome.nearDuplicate) deps.sink.count(METRIC.nearDuplicates, 1);
    for (const mention of article.mentions) {
      deps.sink.count(METRIC.mentions, 1, { name: DIMENSION.category, value: mention.category });
    }
    logger.info('article stored', { articleId: article.id, storyId: article.storyId, mentions: article.mentions.length });
  };
  const { response, failures } = await processSqsBatch(event, ArticleSubmissionSchema, handleRecord, { context, logger });
  for (const { record, error } of failures) {
    const rejected = error instanceof RejectedInputError || error instanceof ParsingError;
    // A rejected message fails on every receive until the redrive policy parks it in the DLQ;
    // counting only its first receive counts each rejected article once.
    if (rejected && record.attributes.ApproximateReceiveCount === '1') deps.sink.count(METRIC.rejected, 1);
    logger.error(rejected ? 'article rejected' : 'article failed, will be retried', {
      messageId: record.messageId,
      reason: error.message,
    });
  }
  deps.sink.flush();
  return response;
};

export const handler = createHandler(productionDeps);

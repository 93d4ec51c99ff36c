import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { ArticleTaggedEventSchema, type ArticleTaggedEvent } from '../../shared/use-cases/article-tagged-event.js';
import { sendAlerts, type SendAlertsDeps } from '../../shared/use-cases/send-alerts.js';
import { METRIC } from '../common/metric-names.js';
import type { MetricSink } from '../common/metrics.js';
import { processSqsBatch } from '../common/sqs-batch.js';
import type { Observability } from '../common/powertools.js';
import { productionDeps } from './deps.js';

export interface SendAlertsHandlerDeps extends SendAlertsDeps {
  sink: MetricSink;
  observability: Observability;
  /** Lets idempotency records expire with the invocation if it times out mid-publish. */
  registerContext?: (context: Context) => void;
}

/** Consumes "article tagged" events and publishes at most one alert per watch and story. */
export const createHandler = (getDeps: () => SendAlertsHandlerDeps) => async (event: SQSEvent, context?: Context) => {
  const deps = getDeps();
  const { logger } = deps.observability;
  if (context) deps.registerContext?.(context);
  const handleRecord = async (record: SQSRecord & { body: ArticleTaggedEvent }) => {
    for (const outcome of await sendAlerts(record.body, deps)) {
      deps.sink.count(outcome.result === 'sent' ? METRIC.alertsSent : METRIC.alertsSuppressed, 1);
      logger.info(`alert ${outcome.result}`, { watchId: outcome.watchId, storyId: record.body.storyId });
    }
  };
  const { response, failures } = await processSqsBatch(event, ArticleTaggedEventSchema, handleRecord, { context, logger });
  for (const { record, error } of failures) {
    logger.error('alerting failed for a record', { messageId: record.messageId, reason: error.message });
  }
  deps.sink.flush();
  return response;
};

export const handler = createHandler(productionDeps);

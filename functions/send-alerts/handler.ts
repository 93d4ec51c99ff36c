import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { ArticleTaggedEventSchema, type ArticleTaggedEvent } from '../../shared/use-cases/article-tagged-event.js';
import { sendAlerts, type AlertOutcome, type SendAlertsDeps } from '../../shared/use-cases/send-alerts.js';
import { DIMENSION, METRIC } from '../common/metric-names.js';
import type { MetricSink } from '../common/metrics.js';
import { processSqsBatch } from '../common/sqs-batch.js';
import type { Observability } from '../common/powertools.js';
import { productionDeps } from './deps.js';

export interface SendAlertsHandlerDeps extends SendAlertsDeps {
  sink: MetricSink;
  observability: Observability;
}

/** The count each decision adds to; a redelivered event that was already decided counts nothing. */
const OUTCOME_METRIC: Partial<Record<AlertOutcome['outcome'], string>> = {
  sent: METRIC.alertsSent,
  'update-sent': METRIC.alertUpdatesSent,
  suppressed: METRIC.alertsSuppressed,
  queued: METRIC.alertsQueued,
  held: METRIC.alertsHeld,
  'rate-limited': METRIC.alertsRateLimited,
  'skipped-stale': METRIC.alertsStale,
};

const record = (sink: MetricSink, { watchId, outcome, latency }: AlertOutcome) => {
  const metric = OUTCOME_METRIC[outcome];
  if (metric) sink.count(metric, 1);
  const watch = { name: DIMENSION.watch, value: watchId };
  if (latency?.fromPublication !== undefined) sink.timing(METRIC.alertLatencyFromPublication, latency.fromPublication, watch);
  if (latency) sink.timing(METRIC.alertLatencyFromFetch, latency.fromFetch, watch);
};

/** Consumes "article tagged" events: decides, per watch and story, to alert, update, wait or suppress. */
export const createHandler = (getDeps: () => SendAlertsHandlerDeps) => async (event: SQSEvent, context?: Context) => {
  const deps = getDeps();
  const { logger } = deps.observability;
  const handleRecord = async (sqsRecord: SQSRecord & { body: ArticleTaggedEvent }) => {
    for (const outcome of await sendAlerts(sqsRecord.body, deps)) {
      record(deps.sink, outcome);
      logger.info(`alert ${outcome.outcome}`, { watchId: outcome.watchId, storyId: sqsRecord.body.storyId, alertId: outcome.alertId });
    }
  };
  const { response, failures } = await processSqsBatch(event, ArticleTaggedEventSchema, handleRecord, { context, logger });
  for (const { record: failed, error } of failures) {
    logger.error('alerting failed for a record', { messageId: failed.messageId, reason: error.message });
  }
  deps.sink.flush();
  return response;
};

export const handler = createHandler(productionDeps);

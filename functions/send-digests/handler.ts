import type { Context } from 'aws-lambda';
import { sendDigests, type SendDigestsDeps } from '../../shared/use-cases/send-digests.js';
import { METRIC } from '../common/metric-names.js';
import type { MetricSink } from '../common/metrics.js';
import type { Observability } from '../common/powertools.js';
import { productionDeps } from './deps.js';

export interface SendDigestsHandlerDeps extends SendDigestsDeps {
  sink: MetricSink;
  observability: Observability;
}

/**
 * Runs on a schedule: sends each watch's due digest or roll-up once. A watch whose digest failed is
 * logged and fails the invocation after the others are done, so the error alarm fires and the next
 * run resumes it.
 */
export const createHandler = (getDeps: () => SendDigestsHandlerDeps) => async (_event?: unknown, context?: Context) => {
  const deps = getDeps();
  const { logger } = deps.observability;
  if (context) logger.addContext(context);
  const outcomes = await sendDigests(deps);
  for (const outcome of outcomes) {
    if (outcome.status === 'sent') deps.sink.count(METRIC.digestsSent, 1);
    if (outcome.status === 'failed') logger.error('digest failed', { watchId: outcome.watchId, reason: outcome.error });
    else logger.info(`digest ${outcome.status}`, { ...outcome });
  }
  deps.sink.flush();
  const failed = outcomes.filter((o) => o.status === 'failed');
  if (failed.length > 0) throw new Error(`digests failed for ${failed.map((o) => o.watchId).join(', ')}`);
  return outcomes;
};

export const handler = createHandler(productionDeps);

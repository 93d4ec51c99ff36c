import { reportDesignations, type DesignationDeps } from '../../shared/entity-linking/designations.js';
import { ofacSdnAdapter } from '../../shared/sanctions-lists/adapter.js';
import { InvalidListError } from '../../shared/sanctions-lists/errors.js';
import { refreshList, type RefreshListDeps } from '../../shared/sanctions-lists/refresh-list.js';
import { METRIC } from '../common/metric-names.js';
import type { MetricSink } from '../common/metrics.js';
import type { Observability } from '../common/powertools.js';
import { productionDeps } from './deps.js';

export interface RefreshSanctionsListDeps extends RefreshListDeps, DesignationDeps {
  sink: MetricSink;
  observability: Observability;
}

/**
 * Scheduled: fetches the OFAC SDN list, replaces the stored version when a valid new one arrived,
 * records the diff, and sends designation alerts. A rejected download keeps the stored list, counts
 * ListRejected and fails the invocation (error alarm, then the failure queue after its retry).
 */
export const createHandler = (getDeps: () => RefreshSanctionsListDeps) => async () => {
  const deps = getDeps();
  const { logger } = deps.observability;
  try {
    const outcome = await refreshList(ofacSdnAdapter, deps);
    if (outcome.status !== 'updated') {
      logger.info('sanctions list refreshed', { list: ofacSdnAdapter.list, ...outcome });
      return { status: outcome.status };
    }
    deps.sink.count(METRIC.listEntriesAdded, outcome.counts.added);
    deps.sink.count(METRIC.listEntriesRemoved, outcome.counts.removed);
    deps.sink.count(METRIC.listEntriesChanged, outcome.counts.changed);
    const { designations, alerts } = await reportDesignations(outcome.diff, outcome.list, deps.clock.now(), deps);
    const named = designations.filter((d) => d.priorArticles.length > 0).map((d) => ({ id: d.entry.id, articles: d.priorArticles.length }));
    logger.info('sanctions list updated', { list: ofacSdnAdapter.list, ...outcome.counts, namedBefore: named, alerts });
    return { status: outcome.status, ...outcome.counts, alerts: alerts.length };
  } catch (error) {
    if (error instanceof InvalidListError) {
      deps.sink.count(METRIC.listRejected, 1);
      logger.error('sanctions list download rejected; the stored list is kept', { reason: error.message });
    }
    throw error;
  } finally {
    deps.sink.flush();
  }
};

export const handler = createHandler(productionDeps);

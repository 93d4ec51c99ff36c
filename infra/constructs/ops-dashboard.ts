import { Duration } from 'aws-cdk-lib';
import {
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  MathExpression,
  TextWidget,
  type IAlarm,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { DIMENSION, METRIC, METRICS_NAMESPACE } from '../../functions/common/metric-names.js';
import { CATEGORIES } from '../../shared/article/mention.js';
import type { AlertMonitoring } from './alert-monitoring.js';
import type { FeedPolling } from './feed-polling.js';
import type { DeadLetterQueue, QueueWithDlq } from './queue-with-dlq.js';
import type { TocsinFunction } from './tocsin-function.js';

export const DASHBOARD_NAME = 'Tocsin';
const PERIOD = Duration.minutes(5);

/**
 * A pipeline count summed over every function that emits it (Rejected comes from four), whatever their
 * Powertools `service` dimension: SEARCH matches the dimension names, SUM folds the services together.
 */
export const pipelineTotal = (metricName: string, label: string, dimensions: Record<string, string> = {}): MathExpression => {
  const schema = [METRICS_NAMESPACE, 'service', ...Object.keys(dimensions)].join(',');
  const filters = Object.entries(dimensions).map(([name, value]) => ` ${name}="${value}"`).join('');
  return new MathExpression({
    expression: `SUM(SEARCH('{${schema}} MetricName="${metricName}"${filters}', 'Sum', ${PERIOD.toSeconds()}))`,
    label,
    period: PERIOD,
  });
};

const graph = (title: string, left: IMetric[], width = 8) => new GraphWidget({ title, left, width, height: 6 });

export interface OpsDashboardProps {
  functions: readonly TocsinFunction[];
  workQueues: readonly QueueWithDlq[];
  /** Dead-letter queues that are not paired with a work queue (e.g. failed scheduled polls), by label. */
  otherDeadLetters: ReadonlyMap<string, DeadLetterQueue>;
  polling: FeedPolling;
  alerting: AlertMonitoring;
  alarms: readonly IAlarm[];
}

/** The one CloudWatch dashboard: pipeline throughput, alerting, failures, and per-feed health. */
export class OpsDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OpsDashboardProps) {
    super(scope, id);
    const deadLetters = new Map<string, DeadLetterQueue>([
      ...props.workQueues.map((q) => [q.definition.id, q.deadLetters] as const),
      ...props.otherDeadLetters,
    ]);
    const perFeed = (metricName: string, statistic: string) =>
      props.polling.feedIds.map((feedId) => props.polling.feedMetric(metricName, feedId, statistic).with({ label: feedId }));
    const { alerting } = props;
    const latencyByWatch = (metricName: string) =>
      alerting.watchIds.flatMap((watchId) => ['p50', 'p95'].map((p) => alerting.latency(metricName, watchId, p)));

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: DASHBOARD_NAME,
      widgets: [
        [
          new TextWidget({
            markdown:
              '# Tocsin\nThroughput and alerts on the first row; anything non-zero in **Lambda errors** or ' +
              '**Dead-letter queue depth** needs action (runbook: `docs/operations.md`).',
            width: 24,
            height: 2,
          }),
        ],
        [
          graph('Articles', [
            pipelineTotal(METRIC.articlesIngested, 'ingested'),
            pipelineTotal(METRIC.duplicates, 'duplicates'),
            pipelineTotal(METRIC.nearDuplicates, 'near-duplicates'),
            pipelineTotal(METRIC.rejected, 'rejected'),
          ]),
          graph(
            'Mentions by category',
            CATEGORIES.map((category) => pipelineTotal(METRIC.mentions, category, { [DIMENSION.category]: category })),
          ),
          graph('Alerts', [
            pipelineTotal(METRIC.alertsSent, 'sent'),
            pipelineTotal(METRIC.alertUpdatesSent, 'updates'),
            pipelineTotal(METRIC.alertsSuppressed, 'suppressed'),
            pipelineTotal(METRIC.alertsQueued, 'queued for digests'),
            pipelineTotal(METRIC.alertsHeld, 'held (quiet hours)'),
            pipelineTotal(METRIC.alertsRateLimited, 'rate-limited'),
            pipelineTotal(METRIC.alertsStale, 'stale'),
            pipelineTotal(METRIC.digestsSent, 'digests sent'),
          ]),
        ],
        [
          graph('Fetch → alert (s), p50/p95 by watch', latencyByWatch(METRIC.alertLatencyFromFetch), 8),
          graph('Publication → alert (s), p50/p95 by watch', latencyByWatch(METRIC.alertLatencyFromPublication), 8),
          new GraphWidget({
            title: 'Failed deliveries (email and SMS) by watch; SMS success rate',
            left: alerting.watchIds.map((watchId) => alerting.deliveryFailures(watchId)),
            right: [alerting.smsSuccessRate()],
            width: 8,
            height: 6,
          }),
        ],
        [
          graph(
            'Sanctions list updates (entries; rejected downloads)',
            [
              pipelineTotal(METRIC.listEntriesAdded, 'added'),
              pipelineTotal(METRIC.listEntriesRemoved, 'removed'),
              pipelineTotal(METRIC.listEntriesChanged, 'changed'),
              pipelineTotal(METRIC.listRejected, 'rejected downloads'),
            ],
            24,
          ),
        ],
        [
          graph(
            'Lambda errors',
            props.functions.map((f) => f.fn.metricErrors({ period: PERIOD, statistic: 'Sum', label: f.name })),
          ),
          graph(
            'Dead-letter queue depth',
            [...deadLetters].map(([label, dlq]) =>
              dlq.queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum', label }),
            ),
          ),
          graph(
            'Oldest message age (s)',
            props.workQueues.map((q) =>
              q.queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: 'Maximum', label: q.definition.id }),
            ),
          ),
        ],
        [
          graph('Feed fetch failures', perFeed(METRIC.feedFetchFailures, 'Sum'), 6),
          new GraphWidget({
            title: 'Consecutive failures per feed',
            left: perFeed(METRIC.feedConsecutiveFailures, 'Maximum'),
            leftAnnotations: [{ value: props.polling.consecutiveFailuresThreshold, label: 'alarm' }],
            width: 6,
            height: 6,
          }),
          graph('Items per poll per feed', perFeed(METRIC.feedItems, 'Sum'), 6),
          graph('Seconds since last successful poll', perFeed(METRIC.feedSecondsSinceSuccess, 'Maximum'), 6),
        ],
        [new AlarmStatusWidget({ title: 'Alarms', alarms: [...props.alarms], width: 24, height: 4 })],
      ],
    });
  }
}

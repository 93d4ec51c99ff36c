import { Duration } from 'aws-cdk-lib';
import { ComparisonOperator, Metric, TreatMissingData, type Alarm, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DIMENSION, METRIC, METRICS_NAMESPACE } from '../../functions/common/metric-names.js';
import type { FeedConfig } from '../../shared/feeds/feed-config.js';
import type { DeadLetterQueue } from './queue-with-dlq.js';
import { scheduleFailures } from './schedule-failures.js';
import { TocsinFunction } from './tocsin-function.js';
import { opsAlarm } from './ops-alarm.js';

export interface FeedPollingProps {
  feeds: readonly FeedConfig[];
  pollRate: Duration;
  /** Alarm when a feed has failed this many polls in a row. */
  consecutiveFailuresThreshold: number;
  articlesTable: ITable;
  articlesQueue: IQueue;
  alarmAction: IAlarmAction;
}


/**
 * The scheduled poll: EventBridge invokes poll-feeds asynchronously every `pollRate`; a poll that still
 * fails after its retry lands in PollFailures (alarmed). One alarm per configured feed fires when that feed
 * fails N polls in a row.
 */
export class FeedPolling extends Construct {
  readonly function: TocsinFunction;
  readonly failures: DeadLetterQueue;
  readonly feedAlarms: ReadonlyMap<string, Alarm>;
  readonly feedIds: readonly string[];
  readonly consecutiveFailuresThreshold: number;
  private readonly pollRate: Duration;

  constructor(scope: Construct, id: string, props: FeedPollingProps) {
    super(scope, id);
    this.pollRate = props.pollRate;
    this.feedIds = props.feeds.map((feed) => feed.id);
    this.consecutiveFailuresThreshold = props.consecutiveFailuresThreshold;
    this.failures = scheduleFailures(this, 'PollFailures', { functionName: 'poll-feeds', runs: 'Feed polls', alarmAction: props.alarmAction });
    // An event older than one poll interval is superseded by the next scheduled poll.
    const maxEventAge = Duration.minutes(Math.min(props.pollRate.toMinutes(), 360));
    this.function = new TocsinFunction(this, 'PollFeeds', {
      name: 'poll-feeds',
      description: 'Fetches the configured feeds (conditional GET) and queues new entries',
      // Feeds are polled one after another; a poll must end before the next one starts.
      timeout: Duration.minutes(Math.min(5, props.pollRate.toMinutes())),
      alarmAction: props.alarmAction,
      asyncInvoke: { onFailure: new SqsDestination(this.failures.queue), retryAttempts: 1, maxEventAge },
    });
    this.function.bindArticlesTable(props.articlesTable, 'readWrite').bindArticlesQueue(props.articlesQueue);

    new Rule(this, 'Schedule', {
      description: 'Tocsin: poll the configured feeds',
      schedule: Schedule.rate(props.pollRate),
      targets: [
        new LambdaFunction(this.function.fn, { deadLetterQueue: this.failures.queue, retryAttempts: 2, maxEventAge }),
      ],
    });

    const alarms = new Map<string, Alarm>();
    for (const feed of props.feeds) {
      const alarm = opsAlarm(this, `${feed.id}FailingAlarm`, {
        alarmDescription: `Feed "${feed.id}" (${feed.url}) failed ${props.consecutiveFailuresThreshold} polls in a row.`,
        // One period per poll, so every period holds that poll's value.
        metric: this.feedMetric(METRIC.feedConsecutiveFailures, feed.id, 'Maximum'),
        threshold: props.consecutiveFailuresThreshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        // Keep the last state between polls; poll-feeds' own alarms cover it not running at all.
        treatMissingData: TreatMissingData.IGNORE,
        notify: props.alarmAction,
      });
      alarms.set(feed.id, alarm);
    }
    this.feedAlarms = alarms;
  }

  /**
   * A feed's health metric as poll-feeds emits it, once per poll: one period per poll interval. Powertools
   * adds the emitting function's `service` dimension.
   */
  feedMetric(metricName: string, feedId: string, statistic: string): Metric {
    return new Metric({
      namespace: METRICS_NAMESPACE,
      metricName,
      dimensionsMap: { service: this.function.name, [DIMENSION.feed]: feedId },
      statistic,
      period: this.pollRate,
    });
  }
}

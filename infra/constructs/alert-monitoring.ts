import { Duration } from 'aws-cdk-lib';
import { ComparisonOperator, Metric, type Alarm, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { DIMENSION, METRIC, METRICS_NAMESPACE } from '../../functions/common/metric-names.js';
import { opsAlarm } from './ops-alarm.js';

const PERIOD = Duration.minutes(15);

export interface AlertMonitoringProps {
  /** Watch id → topic. */
  watchTopics: ReadonlyMap<string, ITopic>;
  /** Alarm when a watch's p95 fetch-to-alert time is over this. */
  latencyThreshold: Duration;
  alarmAction: IAlarmAction;
}

/**
 * How long readers wait for alerts, and whether alerts reach them. Per watch: an alarm on the 95th
 * percentile of fetch → alert (the pipeline's own delay; publication → alert also counts the publisher's
 * and the poll interval), and an alarm on SNS failing to deliver to its email or SMS subscribers.
 */
export class AlertMonitoring extends Construct {
  readonly watchIds: readonly string[];
  readonly latencyAlarms: ReadonlyMap<string, Alarm>;
  readonly deliveryAlarms: ReadonlyMap<string, Alarm>;
  private readonly topics: ReadonlyMap<string, ITopic>;

  constructor(scope: Construct, id: string, props: AlertMonitoringProps) {
    super(scope, id);
    this.topics = props.watchTopics;
    this.watchIds = [...props.watchTopics.keys()];
    const latencyAlarms = new Map<string, Alarm>();
    const deliveryAlarms = new Map<string, Alarm>();
    for (const watchId of this.watchIds) {
      latencyAlarms.set(
        watchId,
        opsAlarm(this, `${watchId}LatencyAlarm`, {
          alarmDescription: `Watch "${watchId}": 95% of alerts took over ${props.latencyThreshold.toMinutes()} min from fetch to publish. Check the Tagged queue's age and send-alerts' errors.`,
          metric: this.latency(METRIC.alertLatencyFromFetch, watchId, 'p95', false),
          threshold: props.latencyThreshold.toSeconds(),
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          notify: props.alarmAction,
        }),
      );
      deliveryAlarms.set(
        watchId,
        opsAlarm(this, `${watchId}DeliveryFailedAlarm`, {
          alarmDescription: `Watch "${watchId}": SNS gave up delivering alerts to email or SMS subscribers. See docs/operations.md#alert-deliveries.`,
          metric: this.deliveryFailures(watchId, false),
          threshold: 1,
          comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          notify: props.alarmAction,
        }),
      );
    }
    this.latencyAlarms = latencyAlarms;
    this.deliveryAlarms = deliveryAlarms;
  }

  /**
   * A watch's alert latency (seconds) as send-alerts emits it: `statistic` is a percentile such as "p95".
   * Labelled for graphs only: an alarm on a labelled metric is written in the metric-math form.
   */
  latency(metricName: string, watchId: string, statistic: string, labelled = true): Metric {
    return new Metric({
      namespace: METRICS_NAMESPACE,
      metricName,
      dimensionsMap: { service: 'send-alerts', [DIMENSION.watch]: watchId },
      statistic,
      period: PERIOD,
      ...(labelled ? { label: `${watchId} ${statistic}` } : {}),
    });
  }

  /** Notifications SNS gave up on for a watch's topic: email and SMS subscribers alike. */
  deliveryFailures(watchId: string, labelled = true): Metric {
    return this.topics.get(watchId)!.metricNumberOfNotificationsFailed({
      period: Duration.minutes(5),
      statistic: 'Sum',
      ...(labelled ? { label: watchId } : {}),
    });
  }

  /** The account's SMS success rate (AWS/SNS): carrier-level failures that topic metrics do not split out. */
  smsSuccessRate(): Metric {
    return new Metric({ namespace: 'AWS/SNS', metricName: 'SMSSuccessRate', statistic: 'Average', period: PERIOD, label: 'SMS success rate' });
  }
}

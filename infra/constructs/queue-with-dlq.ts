import { Duration } from 'aws-cdk-lib';
import { ComparisonOperator, type Alarm, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { QueueDefinition } from '../definitions.js';
import { opsAlarm } from './ops-alarm.js';

// SSE-SQS rather than a KMS key: S3 notifications, EventBridge and Lambda destinations can all send to it
// without key-policy grants, and the messages are article text that is public anyway.
const QUEUE_SECURITY = { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true } as const;

export interface DeadLetterQueueProps {
  /** What landed here, for the alarm's description. */
  holds: string;
  alarmAction: IAlarmAction;
}

/** A queue that collects failures, with an alarm as soon as it holds anything. */
export class DeadLetterQueue extends Construct {
  readonly queue: Queue;
  readonly notEmptyAlarm: Alarm;

  constructor(scope: Construct, id: string, props: DeadLetterQueueProps) {
    super(scope, id);
    this.queue = new Queue(this, 'Queue', { ...QUEUE_SECURITY, retentionPeriod: Duration.days(14) });
    this.notEmptyAlarm = opsAlarm(this, 'NotEmptyAlarm', {
      alarmDescription: `${props.holds}. Inspect and redrive: see docs/operations.md#dead-letter-queues.`,
      metric: this.queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      notify: props.alarmAction,
    });
  }
}

export interface QueueWithDlqProps {
  definition: QueueDefinition;
  alarmAction: IAlarmAction;
  /** Alarm when the oldest waiting message is at least this old: the consumer is stuck or too slow. */
  maxMessageAge: Duration;
}

/** A work queue, its DLQ (after `maxReceiveCount` failed receives) and alarms on both. */
export class QueueWithDlq extends Construct {
  readonly definition: QueueDefinition;
  readonly queue: Queue;
  readonly deadLetters: DeadLetterQueue;
  readonly oldestMessageAlarm: Alarm;

  constructor(scope: Construct, id: string, props: QueueWithDlqProps) {
    super(scope, id);
    const { definition } = props;
    this.definition = definition;
    this.deadLetters = new DeadLetterQueue(this, 'DeadLetters', {
      holds: `${definition.id} messages failed ${definition.maxReceiveCount} times`,
      alarmAction: props.alarmAction,
    });
    this.queue = new Queue(this, 'Queue', {
      ...QUEUE_SECURITY,
      visibilityTimeout: Duration.seconds(definition.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deadLetters.queue, maxReceiveCount: definition.maxReceiveCount },
    });
    this.oldestMessageAlarm = opsAlarm(this, 'OldestMessageAlarm', {
      alarmDescription: `${definition.id} queue: messages have waited over ${props.maxMessageAge.toHumanString()}; its consumer is failing or too slow.`,
      metric: this.queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: props.maxMessageAge.toSeconds(),
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      notify: props.alarmAction,
    });
  }

  /**
   * Timeout for the function consuming this queue: a sixth of the visibility timeout, as AWS advises,
   * so a slow batch is not redelivered while it is still running.
   */
  consumerTimeout(): Duration {
    return Duration.seconds(Math.floor(this.definition.visibilityTimeoutSeconds / 6));
  }
}

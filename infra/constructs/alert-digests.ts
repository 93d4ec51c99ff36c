import { Duration } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ENV } from '../../functions/common/env-names.js';
import type { DeadLetterQueue } from './queue-with-dlq.js';
import { scheduleFailures } from './schedule-failures.js';
import { TocsinFunction } from './tocsin-function.js';

/**
 * How often send-digests looks for due digests, roll-ups and quiet-hours ends: a digest named for 08:00
 * goes out by 08:05. Each run is a few queries per watch, so a tighter schedule costs little.
 */
export const DIGEST_SCHEDULE = Duration.minutes(5);

export interface AlertDigestsProps {
  articlesTable: ITable;
  alertsTable: ITable;
  watchTopics: ReadonlyMap<string, ITopic>;
  alertDecisionRetentionDays: number;
  alarmAction: IAlarmAction;
}

/**
 * The scheduled side of alerting: EventBridge invokes send-digests every five minutes; a run that still
 * fails after its retry lands in DigestFailures (alarmed). A missed or failed run loses nothing: the next
 * one sends whatever is due, each watch's digest once per delivery time.
 */
export class AlertDigests extends Construct {
  readonly function: TocsinFunction;
  readonly failures: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: AlertDigestsProps) {
    super(scope, id);
    this.failures = scheduleFailures(this, 'DigestFailures', { functionName: 'send-digests', runs: 'Digest runs', alarmAction: props.alarmAction });
    // A run older than the schedule's interval is superseded by the next one.
    const maxEventAge = DIGEST_SCHEDULE;
    this.function = new TocsinFunction(this, 'SendDigests', {
      name: 'send-digests',
      description: 'Sends due digests, roll-ups and alerts held in quiet hours, once per watch and delivery time',
      timeout: Duration.minutes(2),
      alarmAction: props.alarmAction,
      asyncInvoke: { onFailure: new SqsDestination(this.failures.queue), retryAttempts: 1, maxEventAge },
    });
    this.function
      .bindArticlesTable(props.articlesTable, 'read')
      .bindAlertsTable(props.alertsTable)
      .bindWatchTopics(props.watchTopics);
    this.function.fn.addEnvironment(ENV.alertDecisionRetentionDays, String(props.alertDecisionRetentionDays));

    new Rule(this, 'Schedule', {
      description: 'Tocsin: send due digests and roll-ups',
      schedule: Schedule.rate(DIGEST_SCHEDULE),
      targets: [new LambdaFunction(this.function.fn, { deadLetterQueue: this.failures.queue, retryAttempts: 2, maxEventAge })],
    });
  }
}

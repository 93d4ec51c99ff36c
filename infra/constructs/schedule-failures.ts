import { Validations } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { Construct } from 'constructs';
import { DeadLetterQueue } from './queue-with-dlq.js';

export interface ScheduleFailuresProps {
  /** The scheduled function, as named in functions/. */
  functionName: string;
  /** What a failed run is, for the alarm: "Feed polls", "Digest runs". */
  runs: string;
  alarmAction: IAlarmAction;
}

/**
 * The dead-letter queue of a scheduled function: runs that still failed after their async retry, and
 * events EventBridge could not deliver. Alarmed as soon as it holds one.
 */
export function scheduleFailures(scope: Construct, id: string, props: ScheduleFailuresProps): DeadLetterQueue {
  const failures = new DeadLetterQueue(scope, id, {
    holds: `${props.runs} failed after their retry (or EventBridge could not invoke ${props.functionName})`,
    alarmAction: props.alarmAction,
  });
  Validations.of(failures).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason:
      `${id} is itself a dead-letter destination (the async on-failure destination of ${props.functionName} and the ` +
      'schedule target DLQ); nothing consumes it automatically, so it has no failures of its own to catch.',
  });
  return failures;
}

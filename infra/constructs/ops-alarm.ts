import { Alarm, TreatMissingData, type AlarmProps, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { Construct } from 'constructs';

export interface OpsAlarmProps extends Omit<AlarmProps, 'evaluationPeriods'> {
  /** Where the alarm goes, both when it fires and when it recovers (the ops topic). */
  notify: IAlarmAction;
  /** @default 1: every Tocsin alarm is about something that should never happen even once */
  evaluationPeriods?: number;
}

/** A CloudWatch alarm that tells the ops topic when it fires and when it recovers. */
export function opsAlarm(scope: Construct, id: string, { notify, ...props }: OpsAlarmProps): Alarm {
  const alarm = new Alarm(scope, id, {
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
    ...props,
  });
  alarm.addAlarmAction(notify);
  alarm.addOkAction(notify);
  return alarm;
}

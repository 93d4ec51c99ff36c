import { CfnParameter, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId, type AwsSdkCall } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';

/** The stack parameter's logical id, as operators type it: `cdk deploy --parameters TocsinStateful:SmsMonthlySpendLimitUsd=20`. */
export const SMS_SPEND_LIMIT_PARAMETER = 'SmsMonthlySpendLimitUsd';

export interface SmsSpendLimitProps {
  /** The parameter's default, from context `smsMonthlySpendLimitUsd`. */
  defaultLimitUsd: number;
}

/**
 * The account's monthly SNS SMS spend limit (SetSMSAttributes MonthlySpendLimit), as a stack parameter
 * applied by a custom resource: CloudFormation has no resource for SMS settings. The setting is per
 * account and region; deleting the stack leaves it as last set. SNS refuses a value above the quota
 * AWS Support granted the account (1 USD for new accounts), which fails the deploy with SNS's message.
 */
export class SmsSpendLimit extends Construct {
  readonly parameter: CfnParameter;

  constructor(scope: Construct, id: string, props: SmsSpendLimitProps) {
    super(scope, id);
    this.parameter = new CfnParameter(this, 'Parameter', {
      type: 'Number',
      default: props.defaultLimitUsd,
      minValue: 1,
      description: 'Monthly SNS SMS spend limit for this account and region, in whole US dollars (at most the quota AWS Support granted).',
    });
    this.parameter.overrideLogicalId(SMS_SPEND_LIMIT_PARAMETER);

    const setLimit: AwsSdkCall = {
      service: 'SNS',
      action: 'SetSMSAttributes',
      parameters: { attributes: { MonthlySpendLimit: this.parameter.valueAsString } },
      // One setting per account and region: the same id on every update, so a new value updates it in place.
      physicalResourceId: PhysicalResourceId.of('sms-monthly-spend-limit'),
    };
    // Its own role and log group rather than CDK's defaults: the default role carries the AWS-managed
    // basic-execution policy, which grants log writes to every log group in the account.
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);
    const resource = new AwsCustomResource(this, 'SetSmsAttributes', {
      onCreate: setLimit,
      onUpdate: setLimit,
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({ actions: ['sns:SetSMSAttributes'], resources: ['*'] }),
      ]),
      role,
      logGroup,
      installLatestAwsSdk: false,
    });
    Validations.of(resource).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'sns:SetSMSAttributes is an account-level setting with no resource-level permissions; it is the only action granted.',
    });
  }
}

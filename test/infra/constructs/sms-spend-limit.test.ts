import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { SMS_SPEND_LIMIT_PARAMETER } from '../../../infra/constructs/sms-spend-limit.js';
import { aWatch, buildTestApp } from '../support/tocsin-app.js';
import { resourcesOfType, type CfnTemplate, type PolicyStatement } from '../support/template-queries.js';

const statefulTemplate = (input: Parameters<typeof buildTestApp>[0] = {}) => Template.fromStack(buildTestApp(input).stateful);

describe('SMS spend limit', () => {
  // Prepare: the default test input has watches with SMS subscribers.
  const template = statefulTemplate();
  const json = template.toJSON() as CfnTemplate & { Parameters: Record<string, Record<string, unknown>> };
  const [setter] = resourcesOfType(json, 'Custom::AWS');

  it('is a stack parameter in whole dollars, defaulting to the 1 USD quota of a new account', () => {
    expect(json.Parameters[SMS_SPEND_LIMIT_PARAMETER]).toMatchObject({ Type: 'Number', Default: 1, MinValue: 1 });
  });

  it('takes its default from context smsMonthlySpendLimitUsd', () => {
    const raised = statefulTemplate({ context: { smsMonthlySpendLimitUsd: '25' } }).toJSON() as typeof json;
    expect(raised.Parameters[SMS_SPEND_LIMIT_PARAMETER]).toMatchObject({ Default: 25 });
  });

  it('applies the parameter with SNS SetSMSAttributes MonthlySpendLimit on create and on every update', () => {
    const call = {
      'Fn::Join': ['', Match.arrayWith([Match.stringLikeRegexp('"action":"SetSMSAttributes".*"MonthlySpendLimit":"$'), { Ref: SMS_SPEND_LIMIT_PARAMETER }])],
    };
    template.hasResourceProperties('Custom::AWS', { Create: call, Update: call });
    expect(setter!.properties.Delete).toBeUndefined();
  });

  it('runs with a role allowed sns:SetSMSAttributes and writing its own log group, nothing else', () => {
    const handlerId = setter!.properties.ServiceToken['Fn::GetAtt'][0] as string;
    const handler = resourcesOfType(json, 'AWS::Lambda::Function').find((fn) => fn.logicalId === handlerId);
    const roleId = handler!.properties.Role['Fn::GetAtt'][0] as string;
    const statements = resourcesOfType(json, 'AWS::IAM::Policy')
      .filter((p) => (p.properties.Roles as unknown[]).some((r) => JSON.stringify(r) === JSON.stringify({ Ref: roleId })))
      .flatMap((p) => p.properties.PolicyDocument.Statement as PolicyStatement[]);
    const logGroupId = handler!.properties.LoggingConfig.LogGroup.Ref as string;

    expect(statements).toEqual([
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] } },
      { Effect: 'Allow', Action: 'sns:SetSMSAttributes', Resource: '*' },
    ]);
    expect(json.Resources[roleId]!.Properties!.ManagedPolicyArns).toBeUndefined();
  });

  it('is left out when no watch has SMS subscribers, so an email-only stack never changes the account setting', () => {
    const emailOnly = statefulTemplate({ watches: [aWatch({ subscriptions: { email: ['desk@tocsin.dev'], sms: [] } })] }).toJSON() as typeof json;
    expect(resourcesOfType(emailOnly, 'Custom::AWS')).toEqual([]);
    expect(emailOnly.Parameters[SMS_SPEND_LIMIT_PARAMETER]).toBeUndefined();
  });
});

import { Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { METRIC } from '../../functions/common/metric-names.js';
import { STACK_NAMES } from '../../infra/create-app.js';
import { InvalidConfigError } from '../../shared/errors.js';
import { aWatch, buildTestApp } from './support/tocsin-app.js';

/** Every `Validations.of(x).acknowledge()` in the tree: rule id → reason. */
const acknowledgements = (root: IConstruct) =>
  root.node
    .findAll()
    .flatMap((construct) => construct.node.metadata)
    .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .flatMap((entry) => Object.entries(entry.data as Record<string, string>));

describe('cdk-nag AwsSolutions', () => {
  // Prepare: the app exactly as `cdk synth` builds it, nag plugin included (bundling skipped).
  const { app } = buildTestApp({ nag: true });

  it('synthesises with zero unacknowledged findings (errors or warnings)', () => {
    expect(() => app.synth()).not.toThrow();
    const report = new AwsSolutionsChecks().validateScope(app);
    const findings = report.violations.map((v) => `${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`);
    expect(findings).toEqual([]);
  });

  it('gives every acknowledgement a specific reason', () => {
    const acknowledged = acknowledgements(app);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const [rule, reason] of acknowledged) expect(reason.length, rule).toBeGreaterThan(40);
  });

  it('fails synth on a finding nobody acknowledged', () => {
    const { app: probed, stateless } = buildTestApp({ nag: true });
    new Queue(stateless, 'QueueWithoutDlqOrTls');
    expect(() => probed.synth()).toThrow(/AwsSolutions-SQS3/);
  });
});

describe('createApp', () => {
  it('builds a stateless stack that deploys after the stateful one it references', () => {
    const { app } = buildTestApp();
    const assembly = app.synth();
    const stateless = assembly.getStackByName(STACK_NAMES.stateless);
    expect(stateless.dependencies.map((d) => d.id)).toContain(STACK_NAMES.stateful);
  });

  it('takes the poll rate and the feed alarm threshold from context', () => {
    const { stateless } = buildTestApp({ context: { pollRateMinutes: 5, feedFailureAlarmThreshold: 2 } });
    const template = Template.fromStack(stateless);
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(5 minutes)' });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: METRIC.feedConsecutiveFailures,
      Threshold: 2,
      Period: 300,
    });
  });

  it('fails with every invalid context key named', () => {
    expect(() => buildTestApp({ context: { pollRateMinutes: 'hourly' } })).toThrow(InvalidConfigError);
  });
});

describe('createApp with example subscribers (example.com, 555-01xx)', () => {
  const account = { account: '123456789012', region: 'eu-west-1' };

  it('builds without an account, as offline `cdk synth`, `npm start` and the tests do', () => {
    expect(() => buildTestApp()).not.toThrow();
  });

  it('refuses to build for a real account, naming every example subscriber and how to proceed', () => {
    let message = '';
    try {
      buildTestApp({ env: account, context: { opsEmail: 'ops@example.org' } });
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidConfigError);
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'Refusing to synthesise for AWS account 123456789012: 6 subscribers are examples that can never receive an alert:',
      '  watches[0].subscriptions.email[0]: "desk@example.com" is an example address',
      '  watches[0].subscriptions.sms[0]: "+15555550100" is a number reserved for fiction',
      '  watches[1].subscriptions.email[0]: "osint@example.com" is an example address',
      '  watches[1].subscriptions.email[1]: "duty@example.com" is an example address',
      '  watches[1].subscriptions.sms[0]: "+15555550101" is a number reserved for fiction',
      '  context opsEmail: "ops@example.org" is an example address',
      'Put real addresses and numbers in config/watches.json (or remove them), or pass -c allowExampleContacts=true if you mean to deploy them.',
    ]);
  });

  it('builds for a real account when context allowExampleContacts says the examples are intended', () => {
    expect(() => buildTestApp({ env: account, context: { allowExampleContacts: 'true' } })).not.toThrow();
  });

  it('builds for a real account once the subscribers are real', () => {
    const watches = [aWatch({ subscriptions: { email: ['sanctions-desk@tocsin.dev'], sms: ['+12065550300'] } })];
    expect(() => buildTestApp({ env: account, watches })).not.toThrow();
  });
});

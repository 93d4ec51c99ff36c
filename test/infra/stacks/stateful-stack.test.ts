import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ALERTS_TABLE, ARTICLES_TABLE, TABLES } from '../../../infra/definitions.js';
import { aWatch, buildTestApp } from '../support/tocsin-app.js';
import { referencedLogicalId, resourcesOfType, type CfnTemplate } from '../support/template-queries.js';

// Prepare: the default test input has two watches (SMS from "high", SMS from "medium") and an ops email.
const { stateful } = buildTestApp({ context: { opsEmail: 'ops@example.com' } });
const template = Template.fromStack(stateful);
const json = template.toJSON() as CfnTemplate;

const tableFor = (id: string) => {
  const table = resourcesOfType(json, 'AWS::DynamoDB::Table').find((t) => t.logicalId.startsWith(`Storage${id}`));
  if (!table) throw new Error(`no table ${id}`);
  return table;
};

describe('tables', () => {
  it.each(TABLES.map((definition) => [definition.id, definition] as const))(
    '%s: on-demand, PITR, encrypted, TTL, retained',
    (id, definition) => {
      const { properties, resource } = tableFor(id);
      expect(properties.BillingMode).toBe('PAY_PER_REQUEST');
      expect(properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      expect(properties.SSESpecification).toEqual({ SSEEnabled: true });
      expect(properties.TimeToLiveSpecification).toEqual({ AttributeName: definition.timeToLiveAttribute, Enabled: true });
      expect(resource.DeletionPolicy).toBe('Retain');
      expect(resource.UpdateReplacePolicy).toBe('Retain');
    },
  );

  it('keys and indexes come from infra/definitions.ts', () => {
    const articles = tableFor(ARTICLES_TABLE.id).properties;
    expect(articles.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(articles.GlobalSecondaryIndexes).toEqual([
      expect.objectContaining({
        IndexName: 'gsi1',
        KeySchema: [
          { AttributeName: 'gsi1pk', KeyType: 'HASH' },
          { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
        ],
      }),
    ]);
    expect(tableFor(ALERTS_TABLE.id).properties.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
  });

  it('protects both tables from deletion: tagged history and the alert audit trail cannot be rebuilt', () => {
    expect(tableFor(ARTICLES_TABLE.id).properties.DeletionProtectionEnabled).toBe(true);
    expect(tableFor(ALERTS_TABLE.id).properties.DeletionProtectionEnabled).toBe(true);
  });
});

describe('topics', () => {
  const topics = resourcesOfType(json, 'AWS::SNS::Topic');
  const watchTopic = (watchId: string) => {
    const topic = topics.find((t) => t.logicalId.startsWith(`WatchTopicsWatch${watchId.replaceAll('-', '')}`));
    if (!topic) throw new Error(`no topic for watch ${watchId}`);
    return topic;
  };
  const subscriptionsOf = (topicLogicalId: string) =>
    resourcesOfType(json, 'AWS::SNS::Subscription').filter((s) => referencedLogicalId(s.properties.TopicArn) === topicLogicalId);

  it('has one topic per watch plus the ops topic, all KMS-encrypted with the rotated topics key and retained', () => {
    expect(topics).toHaveLength(3);
    const [key] = resourcesOfType(json, 'AWS::KMS::Key');
    expect(key!.properties.EnableKeyRotation).toBe(true);
    expect(key!.resource.DeletionPolicy).toBe('Retain');
    for (const topic of topics) {
      expect(referencedLogicalId(topic.properties.KmsMasterKeyId)).toBe(key!.logicalId);
      expect(topic.resource.DeletionPolicy).toBe('Retain');
    }
  });

  it('denies publishing without TLS on every topic', () => {
    const policies = resourcesOfType(json, 'AWS::SNS::TopicPolicy');
    for (const topic of topics) {
      const policy = policies.find((p) => referencedLogicalId(p.properties.Topics[0]) === topic.logicalId);
      expect(policy?.properties.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('lets CloudWatch alarms use the topics key, so they can publish to the encrypted ops topic', () => {
    const [key] = resourcesOfType(json, 'AWS::KMS::Key');
    expect(key!.properties.KeyPolicy.Statement).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      }),
    );
  });

  it('lets CloudWatch use the key only for this account’s alarms (aws:SourceAccount and aws:SourceArn)', () => {
    const [key] = resourcesOfType(json, 'AWS::KMS::Key');
    const statement = (key!.properties.KeyPolicy.Statement as { Sid?: string; Condition?: Record<string, Record<string, unknown>> }[]).find(
      (s) => s.Sid === 'CloudWatchAlarmsPublishToOpsTopic',
    );

    expect(statement?.Condition?.StringEquals).toEqual({ 'aws:SourceAccount': { Ref: 'AWS::AccountId' } });
    expect(JSON.stringify(statement?.Condition?.ArnLike?.['aws:SourceArn'])).toContain(':alarm:*');
  });

  it('subscribes each watch email, and its SMS numbers with a severity filter', () => {
    const venezuela = subscriptionsOf(watchTopic('venezuela-sanctions').logicalId);
    expect(venezuela.map((s) => s.properties)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Protocol: 'email', Endpoint: 'desk@example.com' }),
        expect.objectContaining({ Protocol: 'sms', Endpoint: '+15555550100', FilterPolicy: { severity: ['high'] } }),
      ]),
    );
    const russia = subscriptionsOf(watchTopic('russia-deployments-abroad').logicalId).map((s) => s.properties);
    expect(russia.filter((s) => s.Protocol === 'email').map((s) => s.Endpoint).sort()).toEqual(['duty@example.com', 'osint@example.com']);
    expect(russia.find((s) => s.Protocol === 'sms')?.FilterPolicy).toEqual({ severity: ['medium', 'high'] });
  });

  it('subscribes the ops email to the ops topic', () => {
    const opsTopic = topics.find((t) => t.logicalId.startsWith('OpsTopic'))!;
    expect(subscriptionsOf(opsTopic.logicalId).map((s) => s.properties)).toEqual([
      expect.objectContaining({ Protocol: 'email', Endpoint: 'ops@example.com' }),
    ]);
  });
});

describe('a watch without smsMinSeverity', () => {
  it('gets an SMS subscription with no filter policy (every alert)', () => {
    const watch = aWatch({ subscriptions: { sms: ['+15555550199'] } });
    const { stateful: stack } = buildTestApp({ watches: [watch] });
    Template.fromStack(stack).hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'sms',
      Endpoint: '+15555550199',
      FilterPolicy: Match.absent(),
    });
  });
});

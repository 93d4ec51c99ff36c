import { Template } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { describe, expect, it } from 'vitest';
import { ENV } from '../../../functions/common/env-names.js';
import { METRIC } from '../../../functions/common/metric-names.js';
import { IMPORT_PREFIX } from '../../../infra/constructs/bulk-import.js';
import { ARTICLES_QUEUE, FUNCTIONS, TAGGED_QUEUE, type FunctionName } from '../../../infra/definitions.js';
import { buildTestApp } from '../support/tocsin-app.js';
import {
  actionsOf,
  asArray,
  functionNamed,
  referencedLogicalId,
  resourcesOfType,
  statementsOf,
  type CfnTemplate,
} from '../support/template-queries.js';

// Prepare: synthesise once (two watches, feeds "feed-one" and "feed-two", default context).
const { stateful, stateless } = buildTestApp();
const json = Template.fromStack(stateless).toJSON() as CfnTemplate;
const statefulJson = Template.fromStack(stateful).toJSON() as CfnTemplate;

const queues = resourcesOfType(json, 'AWS::SQS::Queue');
const queueId = (prefix: string) => {
  const queue = queues.find((q) => q.logicalId.startsWith(prefix));
  if (!queue) throw new Error(`no queue ${prefix}`);
  return queue.logicalId;
};
const redriveTargets = new Set(queues.map((q) => referencedLogicalId(q.properties.RedrivePolicy?.deadLetterTargetArn)));
const onFailureTargets = new Set(
  resourcesOfType(json, 'AWS::Lambda::EventInvokeConfig').map((c) =>
    referencedLogicalId(c.properties.DestinationConfig.OnFailure.Destination),
  ),
);
const deadLetterQueueIds = queues.map((q) => q.logicalId).filter((id) => redriveTargets.has(id) || onFailureTargets.has(id));
const workQueues = queues.filter((q) => !deadLetterQueueIds.includes(q.logicalId));
const alarms = resourcesOfType(json, 'AWS::CloudWatch::Alarm');
const opsTopicLogicalId = Object.keys(statefulJson.Resources).find((id) => id.startsWith('OpsTopic') && statefulJson.Resources[id]!.Type === 'AWS::SNS::Topic');
const tocsinFunctions = FUNCTIONS.map((name) => functionNamed(json, name));

const resourcesOf = (statements: ReturnType<typeof statementsOf>, action: string) =>
  statements.filter((s) => asArray(s.Action).includes(action)).flatMap((s) => asArray(s.Resource));

describe('queues', () => {
  it('pairs every work queue with a DLQ through a redrive policy', () => {
    expect(workQueues.map((q) => q.logicalId.replace(/Queue.*$/, '')).sort()).toEqual(['Articles', 'BulkImportImports', 'Tagged']);
    for (const queue of workQueues) {
      expect(queue.properties.RedrivePolicy?.maxReceiveCount, queue.logicalId).toBeGreaterThan(0);
      expect(deadLetterQueueIds).toContain(referencedLogicalId(queue.properties.RedrivePolicy.deadLetterTargetArn));
    }
  });

  it('takes maxReceiveCount and visibility from infra/definitions.ts', () => {
    for (const definition of [ARTICLES_QUEUE, TAGGED_QUEUE]) {
      const queue = json.Resources[queueId(`${definition.id}Queue`)]!.Properties!;
      expect(queue.RedrivePolicy.maxReceiveCount).toBe(definition.maxReceiveCount);
      expect(queue.VisibilityTimeout).toBe(definition.visibilityTimeoutSeconds);
    }
  });

  it('encrypts every queue and denies non-TLS access', () => {
    for (const queue of queues) expect(queue.properties.SqsManagedSseEnabled, queue.logicalId).toBe(true);
    const policies = resourcesOfType(json, 'AWS::SQS::QueuePolicy');
    for (const queue of queues) {
      const policy = policies.find((p) => p.properties.Queues.some((q: unknown) => referencedLogicalId(q) === queue.logicalId));
      expect(policy?.properties.PolicyDocument.Statement, queue.logicalId).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });

  it('consumes every work queue with ReportBatchItemFailures, each by the right function', () => {
    const mappings = resourcesOfType(json, 'AWS::Lambda::EventSourceMapping');
    const consumers = Object.fromEntries(
      mappings.map((m) => [referencedLogicalId(m.properties.EventSourceArn), referencedLogicalId(m.properties.FunctionName)]),
    );
    expect(consumers).toEqual({
      [queueId('ArticlesQueue')]: functionNamed(json, 'process-articles').logicalId,
      [queueId('TaggedQueue')]: functionNamed(json, 'send-alerts').logicalId,
      [queueId('BulkImportImportsQueue')]: functionNamed(json, 'import-articles').logicalId,
    });
    for (const mapping of mappings) expect(mapping.properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
  });

  it('gives each consumer a timeout well inside its queue visibility timeout', () => {
    expect(functionNamed(json, 'process-articles').properties.Timeout * 6).toBeLessThanOrEqual(ARTICLES_QUEUE.visibilityTimeoutSeconds);
    expect(functionNamed(json, 'send-alerts').properties.Timeout * 6).toBeLessThanOrEqual(TAGGED_QUEUE.visibilityTimeoutSeconds);
  });
});

describe('alarms', () => {
  const alarmsOnQueue = (queueLogicalId: string, metricName: string) =>
    alarms.filter(
      (a) =>
        a.properties.MetricName === metricName &&
        a.properties.Dimensions?.some((d: { Value: unknown }) => referencedLogicalId(d.Value) === queueLogicalId),
    );

  it('alarms on every dead-letter queue as soon as it holds a message', () => {
    expect(deadLetterQueueIds).toHaveLength(6);
    for (const dlq of deadLetterQueueIds) {
      const [alarm] = alarmsOnQueue(dlq, 'ApproximateNumberOfMessagesVisible');
      expect(alarm?.properties, dlq).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
    }
  });

  it('alarms on the oldest message age of every work queue', () => {
    for (const queue of workQueues) expect(alarmsOnQueue(queue.logicalId, 'ApproximateAgeOfOldestMessage'), queue.logicalId).toHaveLength(1);
  });

  it('alarms on errors of every Tocsin function', () => {
    for (const fn of tocsinFunctions) {
      const errorAlarms = alarms.filter(
        (a) => a.properties.MetricName === 'Errors' && referencedLogicalId(a.properties.Dimensions[0].Value) === fn.logicalId,
      );
      expect(errorAlarms, fn.logicalId).toHaveLength(1);
    }
  });

  it('sends every alarm (and its recovery) to the ops topic', () => {
    expect(opsTopicLogicalId).toBeDefined();
    for (const alarm of alarms) {
      for (const actions of [alarm.properties.AlarmActions, alarm.properties.OKActions]) {
        expect(actions.map((a: unknown) => referencedLogicalId(a, statefulJson)), alarm.logicalId).toEqual([opsTopicLogicalId]);
      }
    }
  });

  it('has one consecutive-failures alarm per configured feed at the default threshold of 3', () => {
    const feedAlarms = alarms.filter((a) => a.properties.MetricName === METRIC.feedConsecutiveFailures);
    expect(feedAlarms.map((a) => a.properties.Dimensions)).toEqual(
      expect.arrayContaining(
        ['feed-one', 'feed-two'].map((feed) =>
          expect.arrayContaining([
            { Name: 'Feed', Value: feed },
            { Name: 'service', Value: 'poll-feeds' },
          ]),
        ),
      ),
    );
    expect(feedAlarms).toHaveLength(2);
    for (const alarm of feedAlarms) {
      expect(alarm.properties).toMatchObject({
        Namespace: 'Tocsin',
        Statistic: 'Maximum',
        Threshold: 3,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Period: 15 * 60,
      });
    }
  });
});

describe('least privilege', () => {
  it('never lets process-articles (the tagger) publish to SNS', () => {
    const actions = actionsOf(statementsOf(json, 'process-articles'));
    expect(actions.filter((a) => a.startsWith('sns:'))).toEqual([]);
    expect(actions).toContain('sqs:SendMessage');
  });

  it('lets process-articles send only to the Tagged queue', () => {
    expect(resourcesOf(statementsOf(json, 'process-articles'), 'sqs:SendMessage').map((r) => referencedLogicalId(r))).toEqual([
      queueId('TaggedQueue'),
    ]);
  });

  it('lets send-alerts publish to the watch topics and nothing else', () => {
    const published = resourcesOf(statementsOf(json, 'send-alerts'), 'sns:Publish').map((r) => referencedLogicalId(r, statefulJson));
    expect(published.sort()).toEqual(
      Object.keys(statefulJson.Resources)
        .filter((id) => id.startsWith('WatchTopicsWatch') && statefulJson.Resources[id]!.Type === 'AWS::SNS::Topic')
        .sort(),
    );
    expect(published).toHaveLength(2);
  });

  it('gives send-alerts read-only access to the articles table', () => {
    const statements = statementsOf(json, 'send-alerts');
    const onArticles = statements.filter((s) =>
      asArray(s.Resource).some((r) => referencedLogicalId(r, statefulJson)?.startsWith('StorageArticles')),
    );
    expect(actionsOf(onArticles).filter((a) => /Put|Update|Delete|Write/.test(a))).toEqual([]);
  });

  it('lets only send-alerts, send-digests and refresh-sanctions-list (designation alerts) publish to SNS', () => {
    for (const name of FUNCTIONS.filter((n) => n !== 'send-alerts' && n !== 'send-digests' && n !== 'refresh-sanctions-list')) {
      expect(actionsOf(statementsOf(json, name)).filter((a) => a.startsWith('sns:')), name).toEqual([]);
    }
    for (const name of ['send-alerts', 'send-digests'] as const) {
      expect(new Set(actionsOf(statementsOf(json, name)).filter((a) => a.startsWith('sns:'))), name).toEqual(new Set(['sns:Publish']));
    }
  });

  it('lets ingest-articles only send to the Articles queue (besides its logs and traces)', () => {
    const statements = statementsOf(json, 'ingest-articles');
    expect(new Set(actionsOf(statements).map((a) => a.split(':')[0]))).toEqual(new Set(['logs', 'xray', 'sqs']));
    expect(statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('sqs:'))).flatMap((s) => asArray(s.Resource)).map((r) => referencedLogicalId(r))).toEqual([
      queueId('ArticlesQueue'),
    ]);
    expect(actionsOf(statements).filter((a) => a.startsWith('sqs:')).sort()).toEqual(['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage']);
  });

  it('lets import-articles read objects under imports/ only', () => {
    const statements = statementsOf(json, 'import-articles');
    expect(actionsOf(statements).filter((a) => a.startsWith('s3:'))).toEqual(['s3:GetObject']);
    expect(JSON.stringify(resourcesOf(statements, 's3:GetObject'))).toContain(`/${IMPORT_PREFIX}*`);
  });

  it('uses Resource "*" only for X-Ray, which has no resource-level permissions', () => {
    for (const name of FUNCTIONS) {
      const wildcard = statementsOf(json, name).filter((s) => asArray(s.Resource).includes('*'));
      expect(actionsOf(wildcard).sort(), name).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    }
  });
});

describe('functions', () => {
  const newestNode = Runtime.ALL.filter((r) => r.name.startsWith('nodejs'))
    .map((r) => r.name)
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))
    .at(-1);

  it.each(FUNCTIONS.map((name) => [name]))('%s runs on the newest Node runtime, arm64, with tracing and JSON logs', (name: FunctionName) => {
    const { properties } = functionNamed(json, name);
    expect(properties.Runtime).toBe(newestNode);
    expect(properties.Architectures).toEqual(['arm64']);
    expect(properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(properties.LoggingConfig).toMatchObject({ LogFormat: 'JSON' });
    expect(properties.Environment.Variables).toMatchObject({
      NODE_OPTIONS: '--enable-source-maps',
      POWERTOOLS_METRICS_NAMESPACE: 'Tocsin',
    });
  });

  it('never sets ALLOW_LOOPBACK_FETCH on a deployed function', () => {
    for (const fn of resourcesOfType(json, 'AWS::Lambda::Function')) {
      expect(Object.keys(fn.properties.Environment?.Variables ?? {}), fn.logicalId).not.toContain(ENV.allowLoopbackFetch);
    }
  });

  it('gives send-alerts a JSON map of watch id to topic ARN', () => {
    const value = functionNamed(json, 'send-alerts').properties.Environment.Variables[ENV.watchTopicArns];
    const text = JSON.stringify(value);
    expect(text).toContain('venezuela-sanctions');
    expect(text).toContain('russia-deployments-abroad');
  });
});

describe('polling', () => {
  it('invokes poll-feeds every 15 minutes by default', () => {
    const [rule] = resourcesOfType(json, 'AWS::Events::Rule');
    expect(rule!.properties.ScheduleExpression).toBe('rate(15 minutes)');
    expect(rule!.properties.Targets.map((t: { Arn: unknown }) => referencedLogicalId(t.Arn))).toEqual([
      functionNamed(json, 'poll-feeds').logicalId,
    ]);
  });

  it('sends failed asynchronous polls to an alarmed failure queue', () => {
    const [config] = resourcesOfType(json, 'AWS::Lambda::EventInvokeConfig');
    expect(referencedLogicalId(config!.properties.FunctionName)).toBe(functionNamed(json, 'poll-feeds').logicalId);
    expect(referencedLogicalId(config!.properties.DestinationConfig.OnFailure.Destination)).toMatch(/^PollingPollFailures/);
  });
});

describe('ingest API', () => {
  it('requires IAM (SigV4) authorization on POST /articles', () => {
    const routes = resourcesOfType(json, 'AWS::ApiGatewayV2::Route');
    expect(routes.map((r) => [r.properties.RouteKey, r.properties.AuthorizationType])).toEqual([['POST /articles', 'AWS_IAM']]);
  });

  it('writes access logs', () => {
    const [stage] = resourcesOfType(json, 'AWS::ApiGatewayV2::Stage');
    expect(stage!.properties.AccessLogSettings.DestinationArn).toBeDefined();
    expect(stage!.properties.AccessLogSettings.Format).toContain('$context.identity.userArn');
  });

  it('offers a policy granting execute-api:Invoke on that route only', () => {
    const [policy] = resourcesOfType(json, 'AWS::IAM::ManagedPolicy');
    const [statement] = policy!.properties.PolicyDocument.Statement;
    expect(statement.Action).toBe('execute-api:Invoke');
    expect(JSON.stringify(statement.Resource)).toContain('/$default/POST/articles');
  });
});

describe('bulk import', () => {
  const buckets = resourcesOfType(json, 'AWS::S3::Bucket');
  const importBucket = buckets.find((b) => b.logicalId.startsWith('BulkImportImportBucket'))!;

  it('notifies the Imports queue of objects created under imports/', () => {
    const [notifications] = resourcesOfType(json, 'Custom::S3BucketNotifications');
    const [queueConfig] = notifications!.properties.NotificationConfiguration.QueueConfigurations;
    expect(referencedLogicalId(queueConfig.QueueArn)).toBe(queueId('BulkImportImportsQueue'));
    expect(queueConfig.Events).toEqual(['s3:ObjectCreated:*']);
    expect(queueConfig.Filter.Key.FilterRules).toEqual([{ Name: 'prefix', Value: IMPORT_PREFIX }]);
  });

  it('keeps the bucket private, encrypted and access-logged', () => {
    expect(importBucket.properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(importBucket.properties.BucketEncryption).toBeDefined();
    expect(referencedLogicalId(importBucket.properties.LoggingConfiguration.DestinationBucketName)).toMatch(/^BulkImportAccessLogs/);
  });
});

describe('dashboard', () => {
  const [dashboard] = resourcesOfType(json, 'AWS::CloudWatch::Dashboard');
  const body = JSON.stringify(dashboard!.properties.DashboardBody);

  it('charts every pipeline and feed metric', () => {
    for (const name of Object.values(METRIC)) expect(body, name).toContain(name);
    for (const panel of ['Lambda errors', 'Dead-letter queue depth', 'Oldest message age']) expect(body).toContain(panel);
  });

  it('charts alert latency at p50 and p95 for each watch, and failed email and SMS deliveries', () => {
    for (const panel of ['Fetch → alert (s), p50/p95 by watch', 'Publication → alert (s), p50/p95 by watch', 'Failed deliveries (email and SMS) by watch']) {
      expect(body).toContain(JSON.stringify(panel).slice(1, -1));
    }
    for (const watchId of ['venezuela-sanctions', 'russia-deployments-abroad']) {
      for (const p of ['p50', 'p95']) expect(body).toContain(`\\"stat\\":\\"${p}\\"`);
      expect(body).toContain(`${watchId} p95`);
    }
    expect(body).toContain('NumberOfNotificationsFailed');
    expect(body).toContain('SMSSuccessRate');
  });
});

describe('alerting', () => {
  const alarmOn = (metricName: string, watchId: string) =>
    alarms.find((a) => a.properties.MetricName === metricName && JSON.stringify(a.properties.Dimensions ?? []).includes(watchId));

  it('alarms per watch when the 95th-percentile fetch-to-alert time passes the threshold (15 minutes by default)', () => {
    for (const watchId of ['venezuela-sanctions', 'russia-deployments-abroad']) {
      expect(alarmOn(METRIC.alertLatencyFromFetch, watchId)?.properties).toMatchObject({
        Namespace: 'Tocsin',
        ExtendedStatistic: 'p95',
        Threshold: 900,
        ComparisonOperator: 'GreaterThanThreshold',
        Dimensions: expect.arrayContaining([{ Name: 'service', Value: 'send-alerts' }, { Name: 'Watch', Value: watchId }]),
      });
    }
  });

  it('alarms per watch topic as soon as SNS fails to deliver an email or an SMS', () => {
    const failed = alarms.filter((a) => a.properties.MetricName === 'NumberOfNotificationsFailed');
    expect(failed).toHaveLength(2);
    for (const alarm of failed) {
      expect(alarm.properties).toMatchObject({ Namespace: 'AWS/SNS', Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
      expect(JSON.stringify(alarm.properties.Dimensions)).toContain('TopicName');
      expect(alarm.properties.AlarmActions).toHaveLength(1);
    }
  });

  it('runs send-digests every five minutes, with a dead-letter queue for runs that fail twice', () => {
    const digests = functionNamed(json, 'send-digests');
    const rule = resourcesOfType(json, 'AWS::Events::Rule').find((r) => referencedLogicalId(r.properties.Targets[0].Arn) === digests.logicalId);
    expect(rule?.properties.ScheduleExpression).toBe('rate(5 minutes)');
    expect(rule?.properties.Targets[0].DeadLetterConfig).toBeDefined();
    const invokeConfig = resourcesOfType(json, 'AWS::Lambda::EventInvokeConfig').find((c) => JSON.stringify(c.properties.FunctionName).includes(digests.logicalId));
    expect(referencedLogicalId(invokeConfig?.properties.DestinationConfig.OnFailure.Destination)).toMatch(/^DigestsDigestFailures/);
    expect(Object.keys(digests.properties.Environment.Variables)).toEqual(
      expect.arrayContaining([ENV.alertsTableName, ENV.articlesTableName, ENV.watchTopicArns, ENV.alertDecisionRetentionDays]),
    );
  });

  it('passes the freshness window and audit retention from context to send-alerts', () => {
    const { stateless: custom } = buildTestApp({ context: { alertFreshnessHours: 24, alertDecisionRetentionDays: 730 } });
    const variables = functionNamed(Template.fromStack(custom).toJSON() as CfnTemplate, 'send-alerts').properties.Environment.Variables;

    expect(variables).toMatchObject({ [ENV.alertFreshnessHours]: '24', [ENV.alertDecisionRetentionDays]: '730' });
  });
});

import { fileURLToPath } from 'node:url';
import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { ComparisonOperator, type Alarm, type IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../functions/common/env-names.js';
import { METRICS_NAMESPACE } from '../../functions/common/metric-names.js';
import { ALERTS_TABLE, ARTICLES_TABLE, type FunctionName, type TableDefinition } from '../definitions.js';
import { opsAlarm } from './ops-alarm.js';

/**
 * Node 24 is the newest LTS Lambda offers. Pinned rather than `Runtime.NODEJS_LATEST`, which moves with
 * aws-cdk-lib upgrades and would change the runtime as a side effect of a library bump.
 */
export const FUNCTION_RUNTIME = Runtime.NODEJS_24_X;

const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

type TableAccess = 'read' | 'readWrite';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Lets bundled CommonJS dependencies call `require` inside the ESM bundle. */
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export interface TocsinFunctionProps {
  /** Folder under functions/; the entry is functions/<name>/handler.ts, export `handler`. */
  name: FunctionName;
  description: string;
  timeout: Duration;
  /** CPU scales with memory on Lambda. @default 512 */
  memorySize?: number;
  /** Where the function's error alarm goes. */
  alarmAction: IAlarmAction;
  /** Async invocation settings (on-failure destination, retries), for scheduled functions. */
  asyncInvoke?: Pick<NodejsFunctionProps, 'onFailure' | 'retryAttempts' | 'maxEventAge'>;
}

/**
 * Tocsin's house Lambda: Node 24 on arm64, ESM bundle with source maps, JSON logs with retention,
 * X-Ray, Powertools settings, an error alarm, and `bind*()` methods that grant access and set the
 * matching environment variable together so the two cannot drift.
 */
export class TocsinFunction extends Construct {
  readonly name: FunctionName;
  readonly fn: NodejsFunction;
  readonly errorsAlarm: Alarm;

  constructor(scope: Construct, id: string, props: TocsinFunctionProps) {
    super(scope, id);
    this.name = props.name;
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH });
    // Own role with write access to its own log group only, instead of the AWSLambdaBasicExecutionRole
    // managed policy (logs:* on every log group in the account).
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    logGroup.grantWrite(role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: `${REPO_ROOT}functions/${props.name}/handler.ts`,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      tracing: Tracing.ACTIVE,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        // Powertools Metrics adds `service` as a dimension of every metric: alarms must query this value.
        POWERTOOLS_SERVICE_NAME: props.name,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      },
      bundling: {
        format: OutputFormat.ESM,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Bundle the AWS SDK too: the pinned version from package-lock.json runs on AWS, not whichever
        // version the runtime image happens to ship.
        externalModules: [],
      },
      ...props.asyncInvoke,
    });

    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing (Tracing.ACTIVE): xray:PutTraceSegments and xray:PutTelemetryRecords support no ' +
        'resource-level permissions. A test checks no other statement uses Resource "*".',
    });

    // Partial batch failures are not Lambda errors, so any error here is an unhandled crash or timeout.
    this.errorsAlarm = opsAlarm(this, 'ErrorsAlarm', {
      alarmDescription: `${props.name}: the function failed (unhandled error or timeout). See its logs.`,
      metric: this.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      notify: props.alarmAction,
    });
  }

  bindArticlesTable(table: ITable, access: TableAccess): this {
    this.grantItemAccess(table, access, ARTICLES_TABLE);
    this.fn.addEnvironment(ENV.articlesTableName, table.tableName);
    return this;
  }

  bindAlertsTable(table: ITable): this {
    this.grantItemAccess(table, 'readWrite', ALERTS_TABLE);
    this.fn.addEnvironment(ENV.alertsTableName, table.tableName);
    return this;
  }

  /**
   * Not table.grantReadWriteData(): that adds Scan, stream reads and `index/*`; this names the item
   * actions and only the indexes the table's definition declares.
   */
  private grantItemAccess(table: ITable, access: TableAccess, definition: TableDefinition): void {
    this.fn.addToRolePolicy(
      new PolicyStatement({
        actions: access === 'read' ? TABLE_READ_ACTIONS : [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS],
        resources: [table.tableArn, ...definition.globalIndexes.map((index) => `${table.tableArn}/index/${index.name}`)],
      }),
    );
  }

  /** Lets the function send to the Articles queue. */
  bindArticlesQueue(queue: IQueue): this {
    queue.grantSendMessages(this.fn);
    this.fn.addEnvironment(ENV.articlesQueueUrl, queue.queueUrl);
    return this;
  }

  /** Lets the function send to the Tagged queue. */
  bindTaggedQueue(queue: IQueue): this {
    queue.grantSendMessages(this.fn);
    this.fn.addEnvironment(ENV.taggedQueueUrl, queue.queueUrl);
    return this;
  }

  /** sns:Publish on exactly these topics; the env var maps watch id → topic ARN. */
  bindWatchTopics(topics: ReadonlyMap<string, ITopic>): this {
    const arns: Record<string, string> = {};
    for (const [watchId, topic] of topics) {
      topic.grantPublish(this.fn);
      arns[watchId] = topic.topicArn;
    }
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      reason:
        'Added by topic.grantPublish() for the KMS-encrypted watch topics: SNS generates a data key per ' +
        'publish. Resource is the topics key only.',
    });
    this.fn.addEnvironment(ENV.watchTopicArns, Stack.of(this).toJsonString(arns));
    return this;
  }

  /**
   * Consumes a queue in batches. Records the handler reports in `batchItemFailures` go back to the queue
   * (and, after maxReceiveCount, to its DLQ); the rest of the batch is not redelivered.
   */
  consume(queue: IQueue, batchSize = 10): this {
    this.fn.addEventSource(new SqsEventSource(queue, { batchSize, reportBatchItemFailures: true }));
    return this;
  }
}

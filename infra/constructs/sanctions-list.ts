import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ENV } from '../../functions/common/env-names.js';
import { DEFAULT_SANCTIONS_LIST_URL } from '../../functions/common/http-sanctions-fetcher.js';
import { DeadLetterQueue } from './queue-with-dlq.js';
import { TocsinFunction } from './tocsin-function.js';

/** Prefix of the stored lists and their diffs in the bucket. */
export const LISTS_PREFIX = 'lists/';

export interface SanctionsListProps {
  /** Directory URL of OFAC's legacy files. @default DEFAULT_SANCTIONS_LIST_URL */
  sourceUrl?: string;
  /** How often to ask OFAC for a new version (a conditional GET: an unchanged list costs one 304). */
  refreshRate: Duration;
  articlesTable: ITable;
  watchTopics: ReadonlyMap<string, ITopic>;
  alarmAction: IAlarmAction;
}

/**
 * The OFAC SDN list, kept current: EventBridge invokes refresh-sanctions-list every `refreshRate`;
 * it fetches the files, replaces the stored list in the bucket only when the download is valid,
 * records the diff, looks each new designation up in the articles of the last 90 days and sends
 * designation alerts. A refresh that still fails after its retry lands in RefreshFailures (alarmed),
 * as does its error alarm. process-articles reads the list through `bindReader`.
 *
 * The bucket holds a derived copy of a public list and the diffs between versions; it is versioned
 * (a bad replacement can be rolled back by hand) and, like every bucket, retained on teardown.
 */
export class SanctionsList extends Construct {
  readonly bucket: Bucket;
  readonly function: TocsinFunction;
  readonly failures: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: SanctionsListProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'Holds only a copy of a public list and its diffs, written by one function and read by another; CloudTrail covers access.',
    });

    this.failures = new DeadLetterQueue(this, 'RefreshFailures', {
      holds: 'Sanctions-list refreshes failed after their retry (rejected download, OFAC unreachable, or designation alerts failed)',
      alarmAction: props.alarmAction,
    });
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: "RefreshFailures is itself a dead-letter destination (the refresh's async on-failure destination and the schedule target DLQ).",
    });
    // A refresh older than one interval is superseded by the next one.
    const maxEventAge = Duration.minutes(Math.min(props.refreshRate.toMinutes(), 360));
    this.function = new TocsinFunction(this, 'RefreshSanctionsList', {
      name: 'refresh-sanctions-list',
      description: 'Fetches the OFAC SDN list, stores it when valid, records the diff and alerts on new designations',
      timeout: Duration.minutes(5),
      // Parsing and indexing some 15,000 entries and their aliases is CPU-bound: more memory buys more CPU.
      memorySize: 1024,
      alarmAction: props.alarmAction,
      asyncInvoke: { onFailure: new SqsDestination(this.failures.queue), retryAttempts: 1, maxEventAge },
    });
    this.function.bindArticlesTable(props.articlesTable, 'read').bindWatchTopics(props.watchTopics);
    this.function.fn.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:GetObject', 's3:PutObject'], resources: [this.bucket.arnForObjects(`${LISTS_PREFIX}*`)] }),
    );
    this.function.fn.addEnvironment(ENV.sanctionsListBucket, this.bucket.bucketName);
    this.function.fn.addEnvironment(ENV.sanctionsListUrl, props.sourceUrl ?? DEFAULT_SANCTIONS_LIST_URL);
    this.acknowledgeListObjects(this.function);

    new Rule(this, 'Schedule', {
      description: 'Tocsin: refresh the OFAC SDN list',
      schedule: Schedule.rate(props.refreshRate),
      targets: [new LambdaFunction(this.function.fn, { deadLetterQueue: this.failures.queue, retryAttempts: 2, maxEventAge })],
    });
  }

  /** Lets a function read the stored lists (s3:GetObject under lists/ only) and names the bucket in its environment. */
  bindReader(reader: TocsinFunction): void {
    reader.fn.addToRolePolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.bucket.arnForObjects(`${LISTS_PREFIX}*`)] }));
    reader.fn.addEnvironment(ENV.sanctionsListBucket, this.bucket.bucketName);
    this.acknowledgeListObjects(reader);
  }

  private acknowledgeListObjects(fn: TocsinFunction): void {
    const stack = Stack.of(this);
    const bucketLogicalId: string = stack.resolve(stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket));
    Validations.of(fn).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${LISTS_PREFIX}*]`,
      reason: 'Object access under lists/ of the sanctions-list bucket only: one object per list and one per diff, named at run time.',
    });
  }
}

import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, type CfnBucket, BucketEncryption, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { QueueDefinition } from '../definitions.js';
import { QueueWithDlq } from './queue-with-dlq.js';
import { TocsinFunction } from './tocsin-function.js';

/** Objects dropped under this prefix are imported. */
export const IMPORT_PREFIX = 'imports/';

/**
 * AWS-only (the local runtime reads import files directly), so it lives here rather than in
 * definitions.ts. One message per dropped file; 900 s visibility gives the importer 150 s per file.
 */
export const IMPORTS_QUEUE: QueueDefinition = { id: 'Imports', maxReceiveCount: 3, visibilityTimeoutSeconds: 900 };

const PRIVATE_BUCKET = {
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
} as const;

/**
 * `addEventNotification` puts CDK's BucketNotificationsHandler (a singleton Lambda that configures the
 * notification at deploy time) at the stack root; its role uses the basic execution managed policy.
 */
const acknowledgeNotificationsHandler = (stack: Stack): void => {
  for (const child of stack.node.children) {
    if (!child.node.id.startsWith('BucketNotificationsHandler')) continue;
    Validations.of(child).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason: "CDK's own deploy-time handler that sets the bucket notification; CDK does not expose its role.",
    });
  }
};

export interface BulkImportProps {
  articlesQueue: IQueue;
  alarmAction: IAlarmAction;
}

/**
 * NDJSON files dropped under `imports/` in the import bucket → S3 event → Imports queue (+DLQ) →
 * import-articles, which reads the object and queues each line as an article.
 *
 * The bucket sits in the stateless stack: its notification must name the Imports queue, and a stateful
 * bucket pointing at a stateless queue would make the two stacks depend on each other. Its contents are
 * transient drops (expired after 30 days) that are re-creatable from their source; the bucket itself is
 * still retained (the S3 default) so a teardown never deletes an upload in flight.
 */
export class BulkImport extends Construct {
  readonly bucket: Bucket;
  readonly queues: QueueWithDlq;
  readonly function: TocsinFunction;

  constructor(scope: Construct, id: string, props: BulkImportProps) {
    super(scope, id);
    const accessLogs = new Bucket(this, 'AccessLogs', {
      ...PRIVATE_BUCKET,
      lifecycleRules: [{ expiration: Duration.days(365) }],
    });
    Validations.of(accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket for the import bucket; logging it to itself would loop.',
    });

    this.bucket = new Bucket(this, 'ImportBucket', {
      ...PRIVATE_BUCKET,
      serverAccessLogsBucket: accessLogs,
      serverAccessLogsPrefix: 'import-bucket/',
      lifecycleRules: [{ prefix: IMPORT_PREFIX, expiration: Duration.days(30) }],
    });

    this.queues = new QueueWithDlq(this, IMPORTS_QUEUE.id, {
      definition: IMPORTS_QUEUE,
      alarmAction: props.alarmAction,
      maxMessageAge: Duration.hours(1),
    });
    this.bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queues.queue), {
      prefix: IMPORT_PREFIX,
    });

    this.function = new TocsinFunction(this, 'ImportArticles', {
      name: 'import-articles',
      description: 'Reads an NDJSON file dropped in the import bucket and queues its articles',
      timeout: this.queues.consumerTimeout(),
      alarmAction: props.alarmAction,
    });
    this.function.bindArticlesQueue(props.articlesQueue).consume(this.queues.queue, 1);
    // GetObject only, on the import prefix only: not bucket.grantRead(), which adds List* and GetBucket*.
    this.function.fn.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [this.bucket.arnForObjects(`${IMPORT_PREFIX}*`)] }),
    );
    const stack = Stack.of(this);
    const bucketLogicalId: string = stack.resolve(stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket));
    Validations.of(this.function).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/${IMPORT_PREFIX}*]`,
      reason: 'Object keys are chosen by whoever drops a file; access is s3:GetObject under imports/ only.',
    });
    acknowledgeNotificationsHandler(stack);
  }
}

import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import type { FeedConfig } from '../../shared/feeds/feed-config.js';
import { ENV } from '../../functions/common/env-names.js';
import { AlertDigests } from '../constructs/alert-digests.js';
import { AlertMonitoring } from '../constructs/alert-monitoring.js';
import { BulkImport } from '../constructs/bulk-import.js';
import { FeedPolling } from '../constructs/feed-polling.js';
import { IngestApi } from '../constructs/ingest-api.js';
import { OpsDashboard } from '../constructs/ops-dashboard.js';
import { QueueWithDlq } from '../constructs/queue-with-dlq.js';
import { SanctionsList } from '../constructs/sanctions-list.js';
import { TocsinFunction } from '../constructs/tocsin-function.js';
import { ARTICLES_QUEUE, TAGGED_QUEUE } from '../definitions.js';

export interface StatelessStackProps extends StackProps {
  feeds: readonly FeedConfig[];
  pollRate: Duration;
  feedFailureAlarmThreshold: number;
  articlesTable: ITable;
  alertsTable: ITable;
  /** Watch id → topic. */
  watchTopics: ReadonlyMap<string, ITopic>;
  opsTopic: ITopic;
  /** Only articles published (or, undated, fetched) this recently alert. */
  alertFreshnessHours: number;
  alertDecisionRetentionDays: number;
  /** Alarm when a watch's p95 fetch-to-alert time exceeds this. */
  alertLatencyThreshold: Duration;
  /** Directory URL of OFAC's SDN files; the refresh function's default when absent. */
  sanctionsListUrl?: string;
}

/**
 * Functions, queues, schedule, API, import bucket, alarms and dashboard: everything that can be deleted
 * and redeployed without losing data (queued messages aside, which a deploy does not touch).
 *
 * Flow: poll-feeds / ingest API / bulk import → Articles queue → process-articles → Tagged queue →
 * send-alerts → watch topics.
 */
export class StatelessStack extends Stack {
  readonly polling: FeedPolling;
  readonly ingestApi: IngestApi;
  readonly bulkImport: BulkImport;
  readonly articlesQueues: QueueWithDlq;
  readonly taggedQueues: QueueWithDlq;
  readonly processArticles: TocsinFunction;
  readonly sendAlerts: TocsinFunction;
  readonly digests: AlertDigests;
  readonly alertMonitoring: AlertMonitoring;
  readonly sanctionsList: SanctionsList;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const alarmAction = new SnsAction(props.opsTopic);

    this.articlesQueues = new QueueWithDlq(this, ARTICLES_QUEUE.id, {
      definition: ARTICLES_QUEUE,
      alarmAction,
      maxMessageAge: Duration.minutes(30),
    });
    this.taggedQueues = new QueueWithDlq(this, TAGGED_QUEUE.id, {
      definition: TAGGED_QUEUE,
      alarmAction,
      maxMessageAge: Duration.minutes(15),
    });
    const articlesQueue = this.articlesQueues.queue;

    this.polling = new FeedPolling(this, 'Polling', {
      feeds: props.feeds,
      pollRate: props.pollRate,
      consecutiveFailuresThreshold: props.feedFailureAlarmThreshold,
      articlesTable: props.articlesTable,
      articlesQueue,
      alarmAction,
    });
    this.ingestApi = new IngestApi(this, 'Ingest', { articlesQueue, alarmAction });
    this.bulkImport = new BulkImport(this, 'BulkImport', { articlesQueue, alarmAction });

    // Tagging is CPU-bound: more memory buys more CPU.
    this.processArticles = new TocsinFunction(this, 'ProcessArticles', {
      name: 'process-articles',
      description: 'Normalises, deduplicates, tags and stores queued articles',
      timeout: this.articlesQueues.consumerTimeout(),
      memorySize: 1024,
      alarmAction,
    });
    this.processArticles
      .bindArticlesTable(props.articlesTable, 'readWrite')
      .bindTaggedQueue(this.taggedQueues.queue)
      .consume(articlesQueue);

    this.sendAlerts = new TocsinFunction(this, 'SendAlerts', {
      name: 'send-alerts',
      description: 'Matches tagged articles against the watches and publishes alerts',
      timeout: this.taggedQueues.consumerTimeout(),
      alarmAction,
    });
    this.sendAlerts
      .bindArticlesTable(props.articlesTable, 'read')
      .bindAlertsTable(props.alertsTable)
      .bindWatchTopics(props.watchTopics)
      .consume(this.taggedQueues.queue);
    this.sendAlerts.fn.addEnvironment(ENV.alertFreshnessHours, String(props.alertFreshnessHours));
    this.sendAlerts.fn.addEnvironment(ENV.alertDecisionRetentionDays, String(props.alertDecisionRetentionDays));

    this.digests = new AlertDigests(this, 'Digests', {
      articlesTable: props.articlesTable,
      alertsTable: props.alertsTable,
      watchTopics: props.watchTopics,
      alertDecisionRetentionDays: props.alertDecisionRetentionDays,
      alarmAction,
    });
    this.alertMonitoring = new AlertMonitoring(this, 'AlertMonitoring', {
      watchTopics: props.watchTopics,
      latencyThreshold: props.alertLatencyThreshold,
      alarmAction,
    });

    this.sanctionsList = new SanctionsList(this, 'SanctionsList', {
      sourceUrl: props.sanctionsListUrl,
      refreshRate: Duration.hours(1),
      articlesTable: props.articlesTable,
      watchTopics: props.watchTopics,
      alarmAction,
    });
    this.sanctionsList.bindReader(this.processArticles);

    const functions = [
      this.polling.function,
      this.ingestApi.function,
      this.processArticles,
      this.sendAlerts,
      this.bulkImport.function,
      this.digests.function,
      this.sanctionsList.function,
    ];
    const workQueues = [this.articlesQueues, this.taggedQueues, this.bulkImport.queues];
    new OpsDashboard(this, 'Ops', {
      functions,
      workQueues,
      otherDeadLetters: new Map([
        ['PollFailures', this.polling.failures],
        ['DigestFailures', this.digests.failures],
        ['SanctionsListRefreshFailures', this.sanctionsList.failures],
      ]),
      polling: this.polling,
      alerting: this.alertMonitoring,
      alarms: [
        ...functions.map((f) => f.errorsAlarm),
        ...workQueues.flatMap((q) => [q.deadLetters.notEmptyAlarm, q.oldestMessageAlarm]),
        this.polling.failures.notEmptyAlarm,
        this.sanctionsList.failures.notEmptyAlarm,
        ...this.polling.feedAlarms.values(),
        this.digests.failures.notEmptyAlarm,
        ...this.alertMonitoring.latencyAlarms.values(),
        ...this.alertMonitoring.deliveryAlarms.values(),
      ],
    });

    new CfnOutput(this, 'ArticlesUrl', {
      description: 'POST articles here, signed with SigV4 (service execute-api)',
      value: this.ingestApi.articlesUrl,
    });
    new CfnOutput(this, 'IngestInvokePolicyArn', {
      description: 'Attach to a role or user to let it call the ingest API',
      value: this.ingestApi.invokePolicy.managedPolicyArn,
    });
    new CfnOutput(this, 'ArticlesQueueUrl', {
      description: 'The Articles queue (for `tocsin import --to-stack --queue-url`)',
      value: articlesQueue.queueUrl,
    });
    new CfnOutput(this, 'ImportBucketName', {
      description: 'Drop NDJSON files under imports/ to import them',
      value: this.bulkImport.bucket.bucketName,
    });
  }
}

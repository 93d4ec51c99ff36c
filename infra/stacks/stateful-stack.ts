import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import type { Watch } from '../../shared/watch/watch.js';
import { ArticlesStorage } from '../constructs/articles-storage.js';
import { SmsSpendLimit } from '../constructs/sms-spend-limit.js';
import { WatchTopics } from '../constructs/watch-topics.js';

export interface StatefulStackProps extends StackProps {
  watches: readonly Watch[];
  /** Subscribed to the ops topic when set. */
  opsEmail?: string;
  /** Default of the SmsMonthlySpendLimitUsd parameter, applied when any watch has SMS subscribers. */
  smsMonthlySpendLimitUsd: number;
}

/**
 * Everything that holds data or identity a redeploy must not lose: tables, topics (their ARNs are what
 * subscribers hold) and the topics' key. Construct ids here are part of the data's identity: renaming
 * one replaces the resource.
 */
export class StatefulStack extends Stack {
  readonly storage: ArticlesStorage;
  readonly watchTopics: WatchTopics;
  readonly opsTopic: Topic;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);

    // A customer-managed key because CloudWatch alarms cannot publish to a topic encrypted with the
    // AWS-managed aws/sns key; the key policy below lets them.
    const topicsKey = new Key(this, 'TopicsKey', {
      description: 'Tocsin: encrypts the watch and ops SNS topics',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    topicsKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'CloudWatchAlarmsPublishToOpsTopic',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        // Only on behalf of this account's alarms: without it, CloudWatch acting for any account could use the key
        // (the confused-deputy problem).
        conditions: {
          StringEquals: { 'aws:SourceAccount': this.account },
          ArnLike: { 'aws:SourceArn': `arn:${this.partition}:cloudwatch:${this.region}:${this.account}:alarm:*` },
        },
      }),
    );

    this.storage = new ArticlesStorage(this, 'Storage');
    this.watchTopics = new WatchTopics(this, 'WatchTopics', { watches: props.watches, masterKey: topicsKey });

    this.opsTopic = new Topic(this, 'OpsTopic', { displayName: 'Tocsin ops', masterKey: topicsKey, enforceSSL: true });
    this.opsTopic.applyRemovalPolicy(RemovalPolicy.RETAIN);
    if (props.opsEmail) this.opsTopic.addSubscription(new EmailSubscription(props.opsEmail));

    // Only a stack that texts sets the account's SMS limit: it is shared with every other SMS sender in the account.
    if (props.watches.some((w) => w.subscriptions.sms.length > 0)) {
      new SmsSpendLimit(this, 'SmsSpendLimit', { defaultLimitUsd: props.smsMonthlySpendLimitUsd });
    }
  }
}

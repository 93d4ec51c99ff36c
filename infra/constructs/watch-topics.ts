import { RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { SubscriptionFilter, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, SmsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { ALERT_ATTRIBUTE } from '../../functions/common/alert-attributes.js';
import { severitiesFrom } from '../../shared/watch/severity.js';
import type { Watch } from '../../shared/watch/watch.js';
import { watchTopicId } from '../definitions.js';

export interface WatchTopicsProps {
  watches: readonly Watch[];
  masterKey: IKey;
}

/** One KMS-encrypted SNS topic per watch, with its email and SMS subscriptions. */
export class WatchTopics extends Construct {
  /** Watch id → topic. */
  readonly topics: ReadonlyMap<string, Topic>;

  constructor(scope: Construct, id: string, props: WatchTopicsProps) {
    super(scope, id);
    const topics = new Map<string, Topic>();
    for (const watch of props.watches) {
      const topic = new Topic(this, watchTopicId(watch.id), {
        displayName: 'Tocsin',
        masterKey: props.masterKey,
        enforceSSL: true,
      });
      // RETAIN: subscribers added outside this stack (chat integrations, other accounts) hold this ARN.
      topic.applyRemovalPolicy(RemovalPolicy.RETAIN);
      const { email, sms, smsMinSeverity } = watch.subscriptions;
      for (const address of email) topic.addSubscription(new EmailSubscription(address));
      const smsFilter = smsMinSeverity && {
        [ALERT_ATTRIBUTE.severity]: SubscriptionFilter.stringFilter({ allowlist: severitiesFrom(smsMinSeverity) }),
      };
      for (const number of sms) topic.addSubscription(new SmsSubscription(number, smsFilter ? { filterPolicy: smsFilter } : {}));
      topics.set(watch.id, topic);
    }
    this.topics = topics;
  }
}

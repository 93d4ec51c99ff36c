import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { FeedConfig } from '../shared/feeds/feed-config.js';
import type { Clock, FeedFetcher, PageFetcher } from '../shared/ports.js';
import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from '../shared/use-cases/send-alerts.js';
import type { Alert, AlertMessage } from '../shared/watch/alert.js';
import type { Digest } from '../shared/watch/digest.js';
import type { Watch } from '../shared/watch/watch.js';
import { systemClock } from '../functions/common/clock.js';
import { dynamoDbAlertDecisionLog } from '../functions/common/dynamodb-alert-decisions.js';
import { dynamoDbAlertStore } from '../functions/common/dynamodb-alert-store.js';
import { dynamoDbArticleStore } from '../functions/common/dynamodb-article-store.js';
import { dynamoDbFeedStateStore } from '../functions/common/dynamodb-feed-state-store.js';
import { dynamoDbStoryIndex } from '../functions/common/dynamodb-story-index.js';
import { dynamoDbEntityNameIndex } from '../functions/common/dynamodb-entity-name-index.js';
import { createLazyEntityLinker } from '../functions/common/lazy-entity-linker.js';
import { createHttpFeedFetcher } from '../functions/common/http-feed-fetcher.js';
import { createHttpPageFetcher } from '../functions/common/http-page-fetcher.js';
import { tallyMetricSink } from '../functions/common/metrics.js';
import { createObservability } from '../functions/common/powertools.js';
import { snsAlertPublisher } from '../functions/common/sns-alert-dispatcher.js';
import { sqsArticleQueue } from '../functions/common/sqs-article-queue.js';
import { sqsTaggedEventBus } from '../functions/common/sqs-tagged-event-bus.js';
import { createHandler as createIngestHandler } from '../functions/ingest-articles/handler.js';
import { createHandler as createPollHandler } from '../functions/poll-feeds/handler.js';
import { createHandler as createProcessHandler } from '../functions/process-articles/handler.js';
import { createHandler as createAlertHandler } from '../functions/send-alerts/handler.js';
import { createHandler as createDigestHandler } from '../functions/send-digests/handler.js';
import { readListDir } from './cli/lists.js';
import { provisionLocal, type LocalResources } from './provision.js';
import { LOCAL_AWS } from './servers.js';
import { alertFromNotification, drainQueue, takeAll } from './sqs-driver.js';

export interface LocalPipelineOptions {
  dynamoEndpoint: string;
  messagingEndpoint: string;
  watches: readonly Watch[];
  feeds: readonly FeedConfig[];
  /** Keeps several pipelines on one server apart (tests). */
  prefix?: string;
  clock?: Clock;
  /** Defaults to the real guarded HTTP fetchers with loopback allowed, the local-only setting. */
  feedFetcher?: FeedFetcher;
  pageFetcher?: PageFetcher;
  /** Freshness window and suppression period; the deployed defaults unless a test or the demo says otherwise. */
  alertSettings?: AlertSettings;
  /** OFAC SDN files (sdn.csv, alt.csv, add.csv) that mentions are linked against; the demo's few real entries by default. */
  sanctionsListDir?: string;
}

/** A small list of real SDN entries (public domain) the demo links against. */
export const DEMO_SDN_DIR = new URL('./demo/sdn/', import.meta.url).pathname;

/** An alert, update or digest as a stand-in subscriber queue received it. */
export interface DeliveredAlert {
  protocol: 'email' | 'sms';
  alert: Alert | Digest;
}

/**
 * The real handlers wired to local servers: the same code paths as on AWS, with queues drained by
 * a local stand-in for Lambda's SQS event source.
 */
export async function createLocalPipeline(options: LocalPipelineOptions) {
  const dynamo = new DynamoDBClient({ endpoint: options.dynamoEndpoint, ...LOCAL_AWS });
  const documents = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  const sqs = new SQSClient({ endpoint: options.messagingEndpoint, ...LOCAL_AWS });
  const sns = new SNSClient({ endpoint: options.messagingEndpoint, ...LOCAL_AWS });
  const resources: LocalResources = await provisionLocal({ dynamo, sqs, sns }, options.watches, options.prefix);
  const clock = options.clock ?? systemClock;
  const sink = tallyMetricSink();
  const articles = dynamoDbArticleStore(documents, resources.articlesTable);
  const stories = dynamoDbStoryIndex(documents, resources.articlesTable);
  const articleQueue = sqsArticleQueue(sqs, resources.articlesQueue.url);
  const observability = (name: string) => createObservability(name);

  const poll = createPollHandler(() => ({
    feeds: options.feeds,
    fetcher: options.feedFetcher ?? createHttpFeedFetcher({ allowLoopback: true }),
    states: dynamoDbFeedStateStore(documents, resources.articlesTable),
    queue: articleQueue,
    clock,
    sink,
    observability: observability('poll-feeds'),
  }));
  const ingest = createIngestHandler(() => ({ queue: articleQueue, sink, observability: observability('ingest-articles') }));
  const processDeps = {
    articles,
    stories,
    events: sqsTaggedEventBus(sqs, resources.taggedQueue.url),
    pages: options.pageFetcher ?? createHttpPageFetcher({ allowLoopback: true }),
    clock,
    entities: {
      linker: createLazyEntityLinker({ load: () => readListDir(options.sanctionsListDir ?? DEMO_SDN_DIR) }),
      names: dynamoDbEntityNameIndex(documents, resources.articlesTable),
    },
    sink,
    observability: observability('process-articles'),
  };
  const processArticles = createProcessHandler(() => processDeps);
  const alertStore = dynamoDbAlertStore(documents, resources.alertsTable, { retentionDays: 365 });
  const decisions = dynamoDbAlertDecisionLog(documents, resources.alertsTable);
  const publisher = snsAlertPublisher({ sns, topicArns: resources.watchTopicArns });
  const alertDeps = {
    watches: options.watches,
    stories,
    states: alertStore,
    digests: alertStore,
    decisions,
    publisher,
    clock,
    settings: options.alertSettings ?? DEFAULT_ALERT_SETTINGS,
    feedUrls: new Map(options.feeds.map((feed) => [feed.id, feed.url])),
    sink,
    observability: observability('send-alerts'),
  };
  const sendAlerts = createAlertHandler(() => alertDeps);
  const digestDeps = { ...alertDeps, digests: alertStore, observability: observability('send-digests') };
  const sendDigests = createDigestHandler(() => digestDeps);

  return {
    resources,
    sink,
    articles,
    stories,
    articleQueue,
    decisions,
    /** Runs the scheduled poll once. */
    pollFeeds: () => poll(),
    /** Calls the HTTP API handler as API Gateway would. */
    postArticles: (body: string) => ingest({ body, isBase64Encoded: false } as APIGatewayProxyEventV2),
    /** Processes everything queued, then everything it tagged, until both queues are empty. */
    async drain(): Promise<void> {
      await drainQueue(sqs, resources.articlesQueue, processArticles, 'process-articles');
      await drainQueue(sqs, resources.taggedQueue, sendAlerts, 'send-alerts');
    },
    /** Runs the digest schedule once, at the pipeline clock's time. */
    sendDigests: () => sendDigests(),
    /** Takes the alerts the stand-in subscribers received since the last call. */
    async takeDeliveredAlerts(): Promise<DeliveredAlert[]> {
      const delivered: DeliveredAlert[] = [];
      for (const subscriber of resources.subscribers) {
        for (const message of await takeAll(sqs, subscriber.queueUrl)) {
          delivered.push({ protocol: subscriber.protocol, alert: alertFromNotification(message.Body ?? '') });
        }
      }
      return delivered;
    },
    /** Messages waiting in the dead-letter queues. */
    async deadLetters() {
      return {
        articles: await takeAll(sqs, resources.articlesQueue.dlqUrl),
        tagged: await takeAll(sqs, resources.taggedQueue.dlqUrl),
      };
    },
    destroy() {
      dynamo.destroy();
      sqs.destroy();
      sns.destroy();
    },
  };
}
export type LocalPipeline = Awaited<ReturnType<typeof createLocalPipeline>>;

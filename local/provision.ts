import {
  CreateTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  type AttributeDefinition,
} from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SubscribeCommand, type SNSClient } from '@aws-sdk/client-sns';
import { severitiesFrom } from '../shared/watch/severity.js';
import { ALERT_ATTRIBUTE } from '../functions/common/alert-attributes.js';
import type { Watch } from '../shared/watch/watch.js';
import {
  ALERTS_TABLE,
  ARTICLES_QUEUE,
  ARTICLES_TABLE,
  deadLetterQueueId,
  TABLES,
  TAGGED_QUEUE,
  watchTopicId,
  type QueueDefinition,
  type TableDefinition,
} from '../infra/definitions.js';

/** Creates a table from its shared definition; an existing table (a persistent local store) is kept. */
async function createTable(client: DynamoDBClient, definition: TableDefinition, name: string): Promise<void> {
  const attributes = new Map<string, AttributeDefinition>();
  const keyAttributes = [
    definition.partitionKey,
    ...(definition.sortKey ? [definition.sortKey] : []),
    ...definition.globalIndexes.flatMap((index) => [index.partitionKey, ...(index.sortKey ? [index.sortKey] : [])]),
  ];
  for (const key of keyAttributes) attributes.set(key.name, { AttributeName: key.name, AttributeType: key.type });
  const keySchema = (pk: { name: string }, sk?: { name: string }) => [
    { AttributeName: pk.name, KeyType: 'HASH' as const },
    ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' as const }] : []),
  ];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes.values()],
        KeySchema: keySchema(definition.partitionKey, definition.sortKey),
        ...(definition.globalIndexes.length > 0
          ? {
              GlobalSecondaryIndexes: definition.globalIndexes.map((index) => ({
                IndexName: index.name,
                KeySchema: keySchema(index.partitionKey, index.sortKey),
                Projection: { ProjectionType: 'ALL' },
              })),
            }
          : {}),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}

/** Creates the Articles and Alerts tables, named `<prefix><id>`. */
export async function createTables(dynamo: DynamoDBClient, prefix = '') {
  await Promise.all(TABLES.map((table) => createTable(dynamo, table, `${prefix}${table.id}`)));
  return { articlesTable: `${prefix}${ARTICLES_TABLE.id}`, alertsTable: `${prefix}${ALERTS_TABLE.id}` };
}

export interface LocalQueue {
  url: string;
  arn: string;
  dlqUrl: string;
}

async function createQueueWithDlq(sqs: SQSClient, definition: QueueDefinition, prefix: string): Promise<LocalQueue> {
  const dlq = await sqs.send(new CreateQueueCommand({ QueueName: `${prefix}${deadLetterQueueId(definition)}` }));
  const dlqArn = await queueArn(sqs, dlq.QueueUrl!);
  const queue = await sqs.send(
    new CreateQueueCommand({
      QueueName: `${prefix}${definition.id}`,
      Attributes: {
        VisibilityTimeout: String(definition.visibilityTimeoutSeconds),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount: definition.maxReceiveCount }),
      },
    }),
  );
  return { url: queue.QueueUrl!, arn: await queueArn(sqs, queue.QueueUrl!), dlqUrl: dlq.QueueUrl! };
}

const queueArn = async (sqs: SQSClient, url: string): Promise<string> => {
  const out = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
  return out.Attributes!.QueueArn!;
};

/** A local queue subscribed to a watch topic, standing in for one kind of subscriber. */
export interface StandInSubscriber {
  watchId: string;
  protocol: 'email' | 'sms';
  queueUrl: string;
}

export interface LocalResources {
  articlesTable: string;
  alertsTable: string;
  articlesQueue: LocalQueue;
  taggedQueue: LocalQueue;
  watchTopicArns: Record<string, string>;
  subscribers: StandInSubscriber[];
}

/**
 * Creates on local servers the tables, queues and watch topics the CDK app creates on AWS, from the
 * same definitions. Each email or SMS subscription becomes a local queue with the same filter policy.
 * `prefix` keeps parallel test runs on one server apart.
 */
export async function provisionLocal(
  clients: { dynamo: DynamoDBClient; sqs: SQSClient; sns: SNSClient },
  watches: readonly Watch[],
  prefix = '',
): Promise<LocalResources> {
  const { articlesTable, alertsTable } = await createTables(clients.dynamo, prefix);
  const articlesQueue = await createQueueWithDlq(clients.sqs, ARTICLES_QUEUE, prefix);
  const taggedQueue = await createQueueWithDlq(clients.sqs, TAGGED_QUEUE, prefix);
  const watchTopicArns: Record<string, string> = {};
  const subscribers: StandInSubscriber[] = [];
  for (const watch of watches) {
    const topic = await clients.sns.send(new CreateTopicCommand({ Name: `${prefix}${watchTopicId(watch.id)}` }));
    watchTopicArns[watch.id] = topic.TopicArn!;
    for (const protocol of ['email', 'sms'] as const) {
      const queue = await clients.sqs.send(new CreateQueueCommand({ QueueName: `${prefix}${watch.id}-${protocol}` }));
      const filter: Record<string, string> =
        protocol === 'sms' && watch.subscriptions.smsMinSeverity
          ? { FilterPolicy: JSON.stringify({ [ALERT_ATTRIBUTE.severity]: severitiesFrom(watch.subscriptions.smsMinSeverity) }) }
          : {};
      await clients.sns.send(
        new SubscribeCommand({
          TopicArn: topic.TopicArn,
          Protocol: 'sqs',
          Endpoint: await queueArn(clients.sqs, queue.QueueUrl!),
          Attributes: filter,
        }),
      );
      subscribers.push({ watchId: watch.id, protocol, queueUrl: queue.QueueUrl! });
    }
  }
  return { articlesTable, alertsTable, articlesQueue, taggedQueue, watchTopicArns, subscribers };
}


import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTables } from '../../local/provision.js';
import { LOCAL_AWS } from '../../local/servers.js';

/** A unique name prefix, so test files sharing one DynamoDB Local never see each other's tables. */
export const uniquePrefix = (): string => `t${randomUUID().slice(0, 8)}-`;

/** Clients for the run's DynamoDB Local (started by test/global-setup.ts) and freshly created tables. */
export async function dynamoDbLocalTables() {
  const dynamo = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), ...LOCAL_AWS });
  const documents = DynamoDBDocumentClient.from(dynamo, { marshallOptions: { removeUndefinedValues: true } });
  const tables = await createTables(dynamo, uniquePrefix());
  return { dynamo, documents, ...tables };
}

import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from './support/dynamodb-local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/** One DynamoDB Local for the whole run; each integration test creates uniquely named tables. */
export default async function setup(project: TestProject) {
  const server = await startDynamoDbLocal();
  project.provide('dynamoEndpoint', server.endpoint);
  return () => server.stop();
}

import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from './support/dynamodb-local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

/** One DynamoDB Local for the whole run; each integration test creates uniquely named tables. */
export default async function setup(project: TestProject) {
  // This process runs outside the test env settings in vitest.config.ts; Node 20 is expected here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const server = await startDynamoDbLocal();
  project.provide('dynamoEndpoint', server.endpoint);
  return () => server.stop();
}

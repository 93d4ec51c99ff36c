import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import dynalite from 'dynalite';
import { buildApp } from 'fauxqs';

export interface LocalServer {
  endpoint: string;
  stop(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/** Credentials the local servers accept (DynamoDB Local rejects keys containing "-" or "_"). */
export const LOCAL_AWS = { region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

/** dynalite, a DynamoDB-compatible server in this process: in memory, or on disk under `path`. */
export async function startDynalite(path?: string): Promise<LocalServer> {
  const server: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, ...(path ? { path } : {}) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://${LOOPBACK}:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * fauxqs, an SNS/SQS server in this process. Its `startFauxqs` binds every interface, so the app is
 * built and bound to loopback here instead: nothing local should be reachable from the network.
 */
export async function startFauxqs(): Promise<LocalServer> {
  const app = buildApp({ logger: false });
  const address = await app.listen({ port: 0, host: LOOPBACK });
  return { endpoint: address, stop: () => app.close() };
}

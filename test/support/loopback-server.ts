import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/**
 * Registers cleanup in the calling test file and returns `serve(handler)`, which starts an HTTP server
 * on 127.0.0.1 and a free port and resolves to its base URL. Every server closes after each test.
 */
export function loopbackServers(): (handler: http.RequestListener) => Promise<string> {
  const servers: http.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve).closeAllConnections())));
  });
  return async (handler) => {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };
}

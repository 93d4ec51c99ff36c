import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FetchRefusedError } from '../../../shared/errors.js';
import {
  addressRefusal,
  createHostPacer,
  safeFetch,
  SafeFetchError,
  type HostPacer,
  type Resolver,
  type SafeFetchFailure,
  type SafeFetchOptions,
} from '../../../functions/common/safe-fetch.js';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A real HTTP server on 127.0.0.1, counting TCP connections so tests can prove none was made. */
async function startServer(handler: Handler) {
  const server = http.createServer(handler);
  const stats = { connections: 0, paths: [] as string[] };
  server.on('connection', () => stats.connections++);
  server.on('request', (req: http.IncomingMessage) => stats.paths.push(req.url ?? ''));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  servers.push(server);
  return { port, stats, url: (path = '/') => `http://127.0.0.1:${port}${path}` };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve).closeAllConnections())));
});

const noWait: HostPacer = { wait: async () => undefined };

const options = (overrides: Partial<SafeFetchOptions> = {}): SafeFetchOptions => ({
  timeoutMs: 5_000,
  maxBytes: 64 * 1024,
  maxRedirects: 3,
  allowedContentTypes: ['application/rss+xml', 'text/plain'],
  allowLoopback: true,
  userAgent: 'Tocsin-test',
  pacer: noWait,
  ...overrides,
});

/** A resolver answering from a script, one answer per call, recording the names asked. */
function scriptedResolver(...answers: string[][]): Resolver & { calls: string[] } {
  const calls: string[] = [];
  const resolver = async (hostname: string) => {
    calls.push(hostname);
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)] ?? [];
    return answer.map((address) => ({ address, family: address.includes(':') ? (6 as const) : (4 as const) }));
  };
  return Object.assign(resolver, { calls });
}

async function failureOf(promise: Promise<unknown>): Promise<SafeFetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SafeFetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to be refused');
}

const ok: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"' });
  res.end('<rss/>');
};

describe('safeFetch: a normal fetch', () => {
  it('returns status, lower-case headers, body bytes and the final URL', async () => {
    const server = await startServer(ok);

    const response = await safeFetch(server.url('/feed'), options());

    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe('"v1"');
    expect(new TextDecoder().decode(response.body)).toBe('<rss/>');
    expect(response.finalUrl).toBe(server.url('/feed'));
  });

  it('sends the user agent and extra headers, and decodes gzip', async () => {
    let seen: http.IncomingHttpHeaders = {};
    const server = await startServer((req, res) => {
      seen = req.headers;
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
      res.end(gzipSync('compressed words'));
    });

    const response = await safeFetch(server.url(), options({ headers: { 'if-none-match': '"v0"' } }));

    expect(seen['user-agent']).toBe('Tocsin-test');
    expect(seen['if-none-match']).toBe('"v0"');
    expect(new TextDecoder().decode(response.body)).toBe('compressed words');
  });

  it('returns a non-2xx response without checking its content type', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>gone</h1>');
    });

    expect((await safeFetch(server.url(), options())).status).toBe(404);
  });

  it('follows a relative redirect and reports the final URL', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/old') res.writeHead(301, { location: '/new' }).end();
      else ok(req, res);
    });

    const response = await safeFetch(server.url('/old'), options());

    expect(response.finalUrl).toBe(server.url('/new'));
    expect(server.stats.paths).toEqual(['/old', '/new']);
  });
});

describe('safeFetch refuses private and special addresses before connecting', () => {
  it('is a FetchRefusedError, so callers can catch the shared class', async () => {
    const error = await failureOf(safeFetch('ftp://example.com/', options()));

    expect(error).toBeInstanceOf(FetchRefusedError);
    expect(error.kind).toBe('bad-url');
  });

  it('refuses loopback unless allowLoopback is set', async () => {
    const server = await startServer(ok);

    const error = await failureOf(safeFetch(server.url(), options({ allowLoopback: false })));

    expect(error.kind).toBe('blocked-address');
    expect(error.message).toBe('refused: 127.0.0.1 is a loopback address');
    expect(server.stats.connections).toBe(0);
  });

  it.each([
    ['decimal', 'http://2130706433:PORT/'],
    ['hex', 'http://0x7f000001:PORT/'],
    ['octal', 'http://0177.0.0.1:PORT/'],
    ['short form', 'http://127.1:PORT/'],
    ['IPv6 loopback', 'http://[::1]:PORT/'],
    ['IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]:PORT/'],
    ['IPv4-mapped IPv6 in hex', 'http://[::ffff:7f00:1]:PORT/'],
  ])('refuses a %s loopback literal', async (_, template) => {
    const server = await startServer(ok);

    const error = await failureOf(safeFetch(template.replace('PORT', String(server.port)), options({ allowLoopback: false })));

    expect(error.kind).toBe('blocked-address');
    expect(server.stats.connections).toBe(0);
  });

  // Each name "resolves" through an injected resolver; the guard refuses in the lookup step, so Node never
  // opens a socket to these addresses (and this machine never sends them traffic).
  it.each([
    ['RFC 1918 10/8', '10.0.0.1', 'private'],
    ['RFC 1918 172.16/12', '172.16.5.4', 'private'],
    ['RFC 1918 192.168/16', '192.168.1.1', 'private'],
    ['CGNAT 100.64/10', '100.64.0.1', 'carrierGradeNat'],
    ['cloud metadata (IPv4)', '169.254.169.254', 'linkLocal'],
    ['cloud metadata (IPv6, AWS)', 'fd00:ec2::254', 'uniqueLocal'],
    ['IPv6 link-local', 'fe80::1', 'linkLocal'],
    ['IPv6 unique-local', 'fc00::1', 'uniqueLocal'],
    ['IPv4-mapped private', '::ffff:10.0.0.1', 'private'],
    ['IPv4-mapped metadata', '::ffff:169.254.169.254', 'linkLocal'],
    ['IPv4-compatible IPv6', '::a00:1', 'IPv4-compatible'],
    ['NAT64 of a private address', '64:ff9b::a00:1', 'rfc6052'],
    ['6to4 of a private address', '2002:a00:1::1', '6to4'],
    ['unspecified IPv4', '0.0.0.0', 'unspecified'],
    ['unspecified IPv6', '::', 'unspecified'],
    ['multicast', '224.0.0.1', 'multicast'],
    ['IPv6 multicast', 'ff02::1', 'multicast'],
    ['broadcast', '255.255.255.255', 'broadcast'],
    ['reserved 240/4', '240.0.0.1', 'reserved'],
    ['documentation 192.0.2/24', '192.0.2.10', 'reserved'],
  ])('refuses a name resolving to %s (%s)', async (_, address, range) => {
    const resolve = scriptedResolver([address]);

    const error = await failureOf(safeFetch('http://feeds.example.test/rss', options({ resolve })));

    expect(error.kind).toBe('blocked-address');
    expect(error.message).toContain(`refused: feeds.example.test resolves to ${address}`);
    expect(error.message).toContain(range);
    expect(resolve.calls).toEqual(['feeds.example.test']);
  });

  it('refuses when any one of several addresses is private', async () => {
    const resolve = scriptedResolver(['93.184.216.34', '10.0.0.1']);

    const error = await failureOf(safeFetch('http://mixed.example.test/', options({ resolve })));

    expect(error.message).toBe('refused: mixed.example.test resolves to 10.0.0.1 is a private address');
  });

  it('allowLoopback admits loopback only, never other private addresses', async () => {
    for (const address of ['10.0.0.1', '169.254.169.254', 'fd00:ec2::254']) {
      const error = await failureOf(safeFetch('http://x.example.test/', options({ allowLoopback: true, resolve: scriptedResolver([address]) })));
      expect(error.kind).toBe('blocked-address');
    }
  });

  it('refuses a redirect to the metadata address, after one request to the origin', async () => {
    const server = await startServer((_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());

    const error = await failureOf(safeFetch(server.url('/feed'), options()));

    expect(error.message).toBe('refused: 169.254.169.254 is a linkLocal address');
    expect(server.stats.paths).toEqual(['/feed']);
  });

  it('refuses a redirect to an IPv6 unique-local literal and to a file: URL', async () => {
    const server = await startServer((req, res) =>
      res.writeHead(302, { location: req.url === '/a' ? 'http://[fd00:ec2::254]/' : 'file:///etc/passwd' }).end(),
    );

    expect((await failureOf(safeFetch(server.url('/a'), options()))).kind).toBe('blocked-address');
    expect((await failureOf(safeFetch(server.url('/b'), options()))).message).toBe('refused: file: URLs are not fetched, only http and https');
  });

  it('re-resolves and re-checks a redirect to a hostname: a rebinding answer on the second lookup is refused', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/start') res.writeHead(302, { location: `http://rebind.example.test:${server.port}/next` }).end();
      else ok(req, res);
    });
    const resolve = scriptedResolver(['127.0.0.1'], ['10.0.0.1']);

    const error = await failureOf(safeFetch(`http://rebind.example.test:${server.port}/start`, options({ resolve })));

    expect(error.message).toBe('refused: rebind.example.test resolves to 10.0.0.1 is a private address');
    expect(resolve.calls).toHaveLength(2);
    expect(server.stats.paths).toEqual(['/start']);
  });

  it('pins each connection to the address it checked: one lookup per connection, no second resolution to exploit', async () => {
    const server = await startServer(ok);
    // A rebinding name: the checked answer first, a private one on any later lookup.
    const resolve = scriptedResolver(['127.0.0.1'], ['10.0.0.1']);
    const url = `http://pinned.example.test:${server.port}/feed`;

    const first = await safeFetch(url, options({ resolve }));
    const second = await failureOf(safeFetch(url, options({ resolve })));

    expect(first.status).toBe(200);
    expect(server.stats.connections).toBe(1);
    expect(second.kind).toBe('blocked-address');
    expect(resolve.calls).toEqual(['pinned.example.test', 'pinned.example.test']);
  });

  it('fails clearly when a name resolves to nothing', async () => {
    const error = await failureOf(safeFetch('http://void.example.test/', options({ resolve: scriptedResolver([]) })));

    expect(error).toMatchObject({ kind: 'dns', message: 'void.example.test resolved to no addresses' });
  });
});

describe('addressRefusal', () => {
  it.each(['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows public %s', (address) => {
    expect(addressRefusal(address, false)).toBeUndefined();
  });

  it.each([
    ['127.0.0.1', true, undefined],
    ['127.255.0.9', true, undefined],
    ['::1', true, undefined],
    ['127.0.0.1', false, '127.0.0.1 is a loopback address'],
    ['10.1.2.3', true, '10.1.2.3 is a private address'],
    ['not-an-ip', false, 'not-an-ip is not an IP address'],
  ])('%s with allowLoopback=%s → %s', (address, allowLoopback, refusal) => {
    expect(addressRefusal(address, allowLoopback)).toBe(refusal);
  });
});

describe('safeFetch limits', () => {
  const refusals: [string, Handler, Partial<SafeFetchOptions>, SafeFetchFailure, RegExp][] = [
    [
      'a Content-Length over maxBytes, before reading',
      (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '100000' }).end('x'.repeat(100_000)),
      {},
      'too-large',
      /^refused: Content-Length 100000 exceeds the 65536-byte limit$/,
    ],
    [
      'a chunked body growing past maxBytes',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        for (let i = 0; i < 20; i++) res.write('x'.repeat(8_192));
        res.end();
      },
      {},
      'too-large',
      /exceeds the 65536-byte limit/,
    ],
    [
      'a gzip bomb (small on the wire, large decoded)',
      (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(5_000_000))),
      {},
      'too-large',
      /exceeds the 65536-byte limit/,
    ],
    ['a content type not allowed', (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html>'), {}, 'content-type', /"text\/html" is not accepted/],
    ['no content type', (_req, res) => res.writeHead(200).end('?'), {}, 'content-type', /no Content-Type/],
    ['an unknown content encoding', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'zstd' }).end('?'), {}, 'bad-response', /unsupported Content-Encoding "zstd"/],
    ['corrupt gzip', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end('not gzip'), {}, 'bad-response', /could not be decompressed/],
    ['a server that never answers', () => undefined, { timeoutMs: 300 }, 'timeout', /^timed out after 300 ms$/],
    [
      'a body that stalls',
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('partial');
      },
      { timeoutMs: 300 },
      'timeout',
      /^timed out after 300 ms$/,
    ],
  ];

  it.each(refusals)('refuses %s', async (_, handler, overrides, kind, message) => {
    const server = await startServer(handler);

    const error = await failureOf(safeFetch(server.url(), options(overrides)));

    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('accepts content types by pattern', async () => {
    const server = await startServer(ok);

    expect((await safeFetch(server.url(), options({ allowedContentTypes: /\+xml$/ }))).status).toBe(200);
  });

  it('caps redirects, re-checking each hop', async () => {
    const server = await startServer((req, res) => res.writeHead(302, { location: `/hop${(req.url ?? '').length}` }).end());

    const error = await failureOf(safeFetch(server.url('/'), options({ maxRedirects: 3 })));

    expect(error).toMatchObject({ kind: 'too-many-redirects' });
    expect(error.message).toMatch(/^refused: more than 3 redirects/);
    expect(server.stats.paths).toHaveLength(4);
  });

  it('times out a connection that cannot be set up', async () => {
    const neverResolves: Resolver = () => new Promise(() => undefined);

    const error = await failureOf(safeFetch('http://slow.example.test/', options({ resolve: neverResolves, connectTimeoutMs: 200 })));

    expect(error).toMatchObject({ kind: 'timeout', message: 'could not connect to slow.example.test within 200 ms' });
  });

  it('reports a refused connection as a retryable network failure', async () => {
    const server = await startServer(ok);
    const { port } = server;
    await new Promise((resolve) => servers.pop()?.close(resolve));

    const error = await failureOf(safeFetch(`http://127.0.0.1:${port}/`, options()));

    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(error.retryable).toBe(true);
  });
});

describe('politeness', () => {
  it('asks the pacer before every request, redirects included, with the host and delay', async () => {
    const asked: [string, number][] = [];
    const pacer: HostPacer = { wait: async (host, delay) => void asked.push([host, delay]) };
    const server = await startServer((req, res) => (req.url === '/a' ? res.writeHead(302, { location: '/b' }).end() : ok(req, res)));

    await safeFetch(server.url('/a'), options({ pacer, politenessDelayMs: 750 }));

    expect(asked).toEqual([
      [`127.0.0.1:${server.port}`, 750],
      [`127.0.0.1:${server.port}`, 750],
    ]);
  });

  function fakeClock() {
    let now = 1_000;
    const sleeps: number[] = [];
    return {
      sleeps,
      clock: {
        now: () => now,
        // Records the wait without moving time, as concurrent callers all start at the same instant.
        sleep: async (ms: number) => void sleeps.push(ms),
      },
      advance: (ms: number) => (now += ms),
    };
  }

  it('spaces successive requests to one host by the delay, leaving other hosts alone', async () => {
    const { clock, sleeps, advance } = fakeClock();
    const pacer = createHostPacer(clock);

    await pacer.wait('a.example', 1_000);
    await pacer.wait('b.example', 1_000);
    advance(300);
    await pacer.wait('a.example', 1_000);

    expect(sleeps).toEqual([700]);
  });

  it('queues concurrent requests to one host', async () => {
    const { clock, sleeps } = fakeClock();
    const pacer = createHostPacer(clock);

    await Promise.all([pacer.wait('a.example', 500), pacer.wait('a.example', 500), pacer.wait('a.example', 500)]);

    expect(sleeps).toEqual([500, 1_000]);
  });

  it('never waits when the delay is zero', async () => {
    const { clock, sleeps } = fakeClock();
    const pacer = createHostPacer(clock);

    await pacer.wait('a.example', 0);
    await pacer.wait('a.example', 0);

    expect(sleeps).toEqual([]);
  });
});

describe('SafeFetchError.retryable', () => {
  it.each([
    [new SafeFetchError('x', 'http-status', 503), true],
    [new SafeFetchError('x', 'http-status', 429), true],
    [new SafeFetchError('x', 'http-status', 404), false],
    [new SafeFetchError('x', 'timeout'), true],
    [new SafeFetchError('x', 'blocked-address'), false],
    [new SafeFetchError('x', 'too-large'), false],
  ])('%s → %s', (error, retryable) => {
    expect(error.retryable).toBe(retryable);
  });
});

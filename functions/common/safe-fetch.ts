import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { FetchRefusedError } from '../../shared/errors.js';

/*
 * The guard is hand-written rather than request-filtering-agent (evaluated: it checks addresses on the
 * socket's `lookup` event inside a custom Agent) because a `lookup` function is the one place where Node
 * resolves, we check every address, and Node then connects to exactly the addresses we returned: no
 * second resolution for DNS rebinding to exploit, no Agent internals, and tests inject the resolver.
 */

export type SafeFetchFailure =
  | 'bad-url'
  | 'blocked-address'
  | 'dns'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'content-type'
  | 'bad-response'
  | 'http-status'
  | 'network';

/** Why a fetch was refused or failed; `kind` lets callers tell a policy refusal from a flaky server. */
export class SafeFetchError extends FetchRefusedError {
  override name = 'SafeFetchError';
  constructor(
    message: string,
    readonly kind: SafeFetchFailure,
    readonly status?: number,
  ) {
    super(message);
  }

  /** Worth trying again later: timeouts, network errors, 429 and 5xx. */
  get retryable(): boolean {
    if (this.kind === 'timeout' || this.kind === 'network' || this.kind === 'dns') return true;
    return this.kind === 'http-status' && this.status !== undefined && (this.status === 429 || this.status >= 500);
  }
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
/** Hostname → addresses. Injectable so tests can make a name "resolve" anywhere without DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** Spaces successive requests to the same host by at least `delayMs`. */
export interface HostPacer {
  wait(host: string, delayMs: number): Promise<void>;
}

export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: PacerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

const PACER_PRUNE_ABOVE = 1_000;

/** A per-host pacer. Slots are reserved before waiting, so concurrent callers for one host queue up. */
export function createHostPacer(clock: PacerClock = realClock): HostPacer {
  const nextSlot = new Map<string, number>();
  return {
    async wait(host, delayMs) {
      if (delayMs <= 0) return;
      const now = clock.now();
      if (nextSlot.size > PACER_PRUNE_ABOVE) {
        for (const [key, slot] of nextSlot) if (slot <= now) nextSlot.delete(key);
      }
      const start = Math.max(now, nextSlot.get(host) ?? now);
      nextSlot.set(host, start + delayMs);
      if (start > now) await clock.sleep(start - now);
    },
  };
}

/** Shared by every fetch in this process (a warm Lambda keeps it), unless a caller brings its own. */
const processPacer = createHostPacer();

export interface SafeFetchOptions {
  /** Budget for the whole fetch, redirects included, excluding politeness waits. */
  timeoutMs: number;
  /** Budget for each TCP connection; defaults to the smaller of `timeoutMs` and 10 s. */
  connectTimeoutMs?: number;
  /** Cap on the (decompressed) body; a larger Content-Length is refused before reading. */
  maxBytes: number;
  maxRedirects: number;
  /** Media types accepted on a 2xx response (parameters ignored), e.g. `['text/html']` or `/^text\/html$/`. */
  allowedContentTypes: RegExp | readonly string[];
  /** Local demo and tests only: allows 127.0.0.0/8 and ::1, nothing else private. */
  allowLoopback: boolean;
  userAgent: string;
  headers?: Record<string, string>;
  politenessDelayMs?: number;
  pacer?: HostPacer;
  resolve?: Resolver;
}

export interface SafeFetchResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: Uint8Array;
  finalUrl: string;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;

const systemResolver: Resolver = async (hostname) => {
  try {
    const found = await dns.promises.lookup(hostname, { all: true, verbatim: true });
    return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
  } catch (error) {
    throw new SafeFetchError(`could not resolve ${hostname}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 'dns');
  }
};

/**
 * Why an IP address may not be fetched, or undefined when it is a public unicast address. Only global
 * unicast passes, so private, CGNAT, link-local (cloud metadata 169.254.169.254), unique-local
 * (fd00:ec2::254), multicast, reserved, 6to4/Teredo/NAT64 and IPv4-mapped forms of all these are refused.
 */
export function addressRefusal(address: string, allowLoopback: boolean): string | undefined {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const ip = ipaddr.process(address);
  const range = ip.range();
  if (range === 'loopback' && allowLoopback) return undefined;
  if (range !== 'unicast') return `${address} is a ${range} address`;
  // IPv4-compatible IPv6 (::a.b.c.d, deprecated) is "unicast" to ipaddr.js but may reach IPv4 hosts.
  if (ip.kind() === 'ipv6' && ip.toByteArray().slice(0, 12).every((byte) => byte === 0)) {
    return `${address} is an IPv4-compatible IPv6 address`;
  }
  return undefined;
}

function guardedLookup(resolve: Resolver, allowLoopback: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((addresses) => {
        if (addresses.length === 0) throw new SafeFetchError(`${hostname} resolved to no addresses`, 'dns');
        for (const { address } of addresses) {
          const refusal = addressRefusal(address, allowLoopback);
          if (refusal !== undefined) throw new SafeFetchError(`refused: ${hostname} resolves to ${refusal}`, 'blocked-address');
        }
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        if (options.all) callback(null, wanted);
        else if (wanted[0]) callback(null, wanted[0].address, wanted[0].family);
        else throw new SafeFetchError(`${hostname} has no IPv${String(options.family)} address`, 'dns');
      })
      .catch((error: unknown) => callback(error as NodeJS.ErrnoException, ''));
  };
}

function checkedUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new SafeFetchError(`refused: ${JSON.stringify(raw)} is not a valid URL`, 'bad-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SafeFetchError(`refused: ${url.protocol} URLs are not fetched, only http and https`, 'bad-url');
  }
  return url;
}

/** IP literals never reach the lookup function, so they are checked here. WHATWG URL parsing has already
 *  turned decimal, hex and octal tricks (http://2130706433/, http://0x7f.1/) into dotted IPv4. */
function checkLiteralHost(url: URL, allowLoopback: boolean): void {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (net.isIP(host) === 0) return;
  const refusal = addressRefusal(host, allowLoopback);
  if (refusal !== undefined) throw new SafeFetchError(`refused: ${refusal}`, 'blocked-address');
}

function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

function contentTypeAllowed(type: string, allowed: RegExp | readonly string[]): boolean {
  return allowed instanceof RegExp ? allowed.test(type) : allowed.includes(type);
}

function flatHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function decoded(response: http.IncomingMessage): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  if (decoder) return pipeline(response, decoder, () => undefined);
  if (encoding === 'identity') return response;
  throw new SafeFetchError(`unsupported Content-Encoding ${JSON.stringify(encoding)}`, 'bad-response');
}

async function readCapped(response: http.IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decoded(response)) {
    size += (chunk as Buffer).length;
    // Counted after decompression, so a small gzip bomb is stopped too.
    if (size > maxBytes) throw new SafeFetchError(`refused: response body exceeds the ${maxBytes}-byte limit`, 'too-large');
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function asSafeFetchError(error: unknown, url: URL): SafeFetchError {
  if (error instanceof SafeFetchError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  // zlib reports Z_DATA_ERROR and the like; brotli ERR__ERROR_FORMAT_*.
  if (code?.startsWith('Z_') || code?.startsWith('ERR__ERROR_')) {
    return new SafeFetchError(`response body could not be decompressed: ${(error as Error).message}`, 'bad-response');
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new SafeFetchError(`request to ${url.host} failed: ${code ? `${code} ` : ''}${detail}`, 'network');
}

type Hop = { kind: 'redirect'; location: string } | { kind: 'response'; response: SafeFetchResponse };

function fetchOnce(url: URL, opts: SafeFetchOptions, budgetMs: number): Promise<Hop> {
  const client = url.protocol === 'https:' ? https : http;
  const connectTimeoutMs = opts.connectTimeoutMs ?? Math.min(opts.timeoutMs, DEFAULT_CONNECT_TIMEOUT_MS);
  return new Promise<Hop>((resolve, reject) => {
    const request = client.request(url, {
      method: 'GET',
      agent: false, // no pooled sockets: every connection goes through the guarded lookup
      lookup: guardedLookup(opts.resolve ?? systemResolver, opts.allowLoopback),
      headers: { 'user-agent': opts.userAgent, 'accept-encoding': 'gzip, deflate, br', ...opts.headers },
    });
    const fail = (error: SafeFetchError) => request.destroy(error);
    const total = setTimeout(() => fail(new SafeFetchError(`timed out after ${opts.timeoutMs} ms`, 'timeout')), budgetMs);
    const connect = setTimeout(
      () => fail(new SafeFetchError(`could not connect to ${url.host} within ${connectTimeoutMs} ms`, 'timeout')),
      connectTimeoutMs,
    );
    request.on('socket', (socket) => socket.once('connect', () => clearTimeout(connect)));
    request.on('close', () => {
      clearTimeout(total);
      clearTimeout(connect);
    });
    request.on('error', (error) => reject(asSafeFetchError(error, url)));
    request.on('response', (response) => {
      response.on('error', (error) => reject(asSafeFetchError(error, url)));
      handleResponse(response, url, opts).then((hop) => {
        clearTimeout(total);
        resolve(hop);
      }, (error: unknown) => {
        const failure = asSafeFetchError(error, url);
        request.destroy(failure);
        reject(failure);
      });
    });
    request.end();
  });
}

async function handleResponse(response: http.IncomingMessage, url: URL, opts: SafeFetchOptions): Promise<Hop> {
  const status = response.statusCode ?? 0;
  const location = response.headers.location;
  if (REDIRECT_STATUSES.has(status) && location !== undefined) {
    // Never read a redirect's body: a server could stream it forever.
    response.destroy();
    return { kind: 'redirect', location };
  }
  const declaredLength = Number(response.headers['content-length']);
  if (declaredLength > opts.maxBytes) {
    throw new SafeFetchError(`refused: Content-Length ${declaredLength} exceeds the ${opts.maxBytes}-byte limit`, 'too-large');
  }
  if (status >= 200 && status < 300) {
    const type = mediaType(response.headers['content-type']);
    if (type === undefined) throw new SafeFetchError('refused: response has no Content-Type', 'content-type');
    if (!contentTypeAllowed(type, opts.allowedContentTypes)) {
      throw new SafeFetchError(`refused: content type ${JSON.stringify(type)} is not accepted here`, 'content-type');
    }
  }
  const body = await readCapped(response, opts.maxBytes);
  return { kind: 'response', response: { status, headers: flatHeaders(response.headers), body, finalUrl: url.href } };
}

/**
 * GET over http(s) with SSRF and resource guards: public addresses only (checked after DNS, and the
 * connection pinned to the checked address), capped redirects (each target re-checked), time and size
 * limits, accepted content types on 2xx, and a per-host politeness delay. Any status other than a
 * redirect is returned; refusals throw `SafeFetchError` (a `FetchRefusedError`).
 *
 * @example
 * const page = await safeFetch('https://example.com/a', { timeoutMs: 10_000, maxBytes: 5_000_000,
 *   maxRedirects: 5, allowedContentTypes: ['text/html'], allowLoopback: false, userAgent: 'Tocsin/0.1' });
 */
export async function safeFetch(url: string, opts: SafeFetchOptions): Promise<SafeFetchResponse> {
  let current = checkedUrl(url);
  let budgetMs = opts.timeoutMs;
  for (let redirects = 0; ; redirects++) {
    checkLiteralHost(current, opts.allowLoopback);
    await (opts.pacer ?? processPacer).wait(current.host, opts.politenessDelayMs ?? 0);
    const started = performance.now();
    const hop = await fetchOnce(current, opts, budgetMs);
    budgetMs -= performance.now() - started;
    if (hop.kind === 'response') return hop.response;
    if (redirects >= opts.maxRedirects) {
      throw new SafeFetchError(`refused: more than ${opts.maxRedirects} redirects (last to ${hop.location})`, 'too-many-redirects');
    }
    if (budgetMs <= 0) throw new SafeFetchError(`timed out after ${opts.timeoutMs} ms`, 'timeout');
    current = checkedUrl(hop.location, current);
  }
}

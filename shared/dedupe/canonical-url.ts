import { createHash } from 'node:crypto';
import { InvalidArticleError } from '../errors.js';
import { TRACKING_PARAM_PREFIXES, TRACKING_PARAMS } from './tracking-params.js';

/*
 * Built on the WHATWG URL parser, which already lowercases scheme and host, drops the scheme's
 * default port, resolves dot segments and normalises percent-encoding. normalize-url adds only
 * www-stripping and slash trimming (one line each) and knows nothing of AMP or mobile variants,
 * so it would not pay for a dependency here.
 */

/** Host prefixes of alternative renderings of the same site; "www." is dropped too, always. */
const VARIANT_HOST_PREFIXES = ['www.', 'm.', 'mobile.', 'amp.'];

/** AMP caches and Google's AMP viewer wrap the publisher's URL: /c/s/<host>/<path> ("s" = https). */
const AMP_WRAPPED_PATH = /^\/(?:c|v|i|r|wp|amp)\/(s\/)?([^/]+)(\/.*)?$/;

function isAmpWrapper(url: URL): boolean {
  return url.hostname.endsWith('.cdn.ampproject.org') || (/^(?:www\.)?google\.[a-z.]+$/.test(url.hostname) && url.pathname.startsWith('/amp/'));
}

function unwrapAmp(url: URL): URL {
  const wrapped = isAmpWrapper(url) ? AMP_WRAPPED_PATH.exec(url.pathname) : null;
  if (!wrapped) return url;
  return new URL(`${wrapped[1] ? 'https' : 'http'}://${wrapped[2]}${wrapped[3] ?? '/'}${url.search}`);
}

function canonicalHost(hostname: string): string {
  let host = hostname.replace(/\.$/, '');
  for (let stripped = true; stripped; ) {
    const prefix = VARIANT_HOST_PREFIXES.find((p) => host.startsWith(p) && host.slice(p.length).includes('.'));
    stripped = prefix !== undefined;
    if (prefix) host = host.slice(prefix.length);
  }
  return host;
}

function canonicalPath(pathname: string): string {
  const segments = pathname
    .replace(/\/{2,}/g, '/')
    .split('/')
    .filter((segment, i) => i === 0 || segment.toLowerCase() !== 'amp');
  const last = segments.length - 1;
  segments[last] = segments[last]!.replace(/\.amp(\.html?)?$/i, (_, extension: string | undefined) => extension ?? '');
  const path = segments.join('/');
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : '/';
}

function isNoise(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  return (
    TRACKING_PARAMS.has(lower) ||
    TRACKING_PARAM_PREFIXES.some((prefix) => lower.startsWith(prefix)) ||
    lower === 'amp' ||
    (lower === 'outputtype' && value.toLowerCase() === 'amp')
  );
}

function canonicalQuery(params: URLSearchParams): string {
  return [...params]
    .filter(([name, value]) => !isNoise(name, value))
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1))
    .map(([name, value]) => (value === '' ? encodeURIComponent(name) : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`))
    .join('&');
}

/**
 * The URL that identifies an article whichever link reached it: https, host lowercased without
 * "www."/"m."/"mobile."/"amp.", no default port, credentials or fragment, AMP paths and switches
 * and tracking parameters (tracking-params.ts) removed, remaining parameters sorted, no trailing
 * slash. http is folded into https: publishers serve one article on both.
 * Throws InvalidArticleError for anything but an absolute http(s) URL.
 *
 * @example canonicalUrl('http://www.BBC.co.uk/news/amp/world-123/?utm_source=rss#top')
 *          // 'https://bbc.co.uk/news/world-123'
 */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new InvalidArticleError(`url: expected an absolute http(s) URL, got ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new InvalidArticleError(`url: expected an http(s) URL, got ${JSON.stringify(url)}`);
  }
  const article = unwrapAmp(parsed);
  const port = article.port === '' || article.port === '80' || article.port === '443' ? '' : `:${article.port}`;
  const query = canonicalQuery(article.searchParams);
  return `https://${canonicalHost(article.hostname)}${port}${canonicalPath(article.pathname)}${query ? `?${query}` : ''}`;
}

/** Stable article id: the first 32 hex digits of the SHA-256 of the canonical URL. */
export function articleIdFor(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

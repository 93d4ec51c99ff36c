import { MAX_FEED_BYTES } from '../../shared/feeds/feed-limits.js';
import type { ConditionalValidators, FeedFetcher, FetchedFeed } from '../../shared/ports.js';
import { safeFetch, SafeFetchError, type SafeFetchOptions } from './safe-fetch.js';

/** RSS, Atom, RDF and JSON Feed as servers label them. text/html is a web page, never a feed. */
export const FEED_CONTENT_TYPES =
  /^(?:application\/(?:(?:rss|atom|rdf)\+)?xml|application\/x-rss\+xml|text\/xml|application\/(?:feed\+)?json)$/;

export type HttpFeedFetcherOptions = Pick<SafeFetchOptions, 'allowLoopback'> &
  Partial<Omit<SafeFetchOptions, 'allowedContentTypes' | 'headers'>>;

const DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: MAX_FEED_BYTES,
  maxRedirects: 5,
  userAgent: 'Tocsin/0.1 feed reader',
  politenessDelayMs: 1_000,
} as const;

function conditionalHeaders(validators: ConditionalValidators): Record<string, string> {
  return {
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
    ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
    ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
  };
}

/**
 * Fetches feeds with a conditional GET through `safeFetch`. 304 → `not-modified`; any other non-2xx
 * throws `SafeFetchError` (kind `http-status`, with `status`); a non-feed content type is refused.
 */
export function createHttpFeedFetcher(options: HttpFeedFetcherOptions): FeedFetcher {
  const settings = { ...DEFAULTS, ...options, allowedContentTypes: FEED_CONTENT_TYPES };
  return {
    async fetchFeed(url: string, validators: ConditionalValidators): Promise<FetchedFeed> {
      let response;
      try {
        response = await safeFetch(url, { ...settings, headers: conditionalHeaders(validators) });
      } catch (error) {
        if (error instanceof SafeFetchError && error.kind === 'content-type') {
          throw new SafeFetchError(`${error.message}: expected RSS, Atom, RDF or JSON Feed (a text/html response is a web page, not a feed)`, 'content-type');
        }
        throw error;
      }
      if (response.status === 304) return { status: 'not-modified' };
      if (response.status < 200 || response.status >= 300) {
        throw new SafeFetchError(`feed answered HTTP ${response.status} (${response.finalUrl})`, 'http-status', response.status);
      }
      return {
        status: 'ok',
        body: response.body,
        contentType: response.headers['content-type'],
        etag: response.headers.etag,
        lastModified: response.headers['last-modified'],
        finalUrl: response.finalUrl,
        contentLocation: response.headers['content-location'],
      };
    },
  };
}

import { decodeHtmlPage } from '../../shared/feeds/decode-text.js';
import type { PageFetcher } from '../../shared/ports.js';
import { safeFetch, SafeFetchError, type SafeFetchOptions } from './safe-fetch.js';

export type HttpPageFetcherOptions = Pick<SafeFetchOptions, 'allowLoopback'> &
  Partial<Omit<SafeFetchOptions, 'allowedContentTypes' | 'headers'>>;

const DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'Tocsin/0.1 article reader',
  // Shorter than the feed poller's: one SQS batch often holds several articles from the same site.
  politenessDelayMs: 500,
} as const;

/** Fetches article pages (text/html only) through `safeFetch`; non-2xx throws `SafeFetchError` with `status`. */
export function createHttpPageFetcher(options: HttpPageFetcherOptions): PageFetcher {
  const settings = { ...DEFAULTS, ...options, allowedContentTypes: ['text/html', 'application/xhtml+xml'] };
  return {
    async fetchPage(url: string) {
      const response = await safeFetch(url, { ...settings, headers: { accept: 'text/html, application/xhtml+xml;q=0.9' } });
      if (response.status < 200 || response.status >= 300) {
        throw new SafeFetchError(`page answered HTTP ${response.status} (${response.finalUrl})`, 'http-status', response.status);
      }
      return { html: decodeHtmlPage(response.body, response.headers['content-type']), finalUrl: response.finalUrl };
    },
  };
}

import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { createHttpFeedFetcher, FEED_CONTENT_TYPES } from '../../../functions/common/http-feed-fetcher.js';
import { SafeFetchError } from '../../../functions/common/safe-fetch.js';
import { loopbackServers } from '../../support/loopback-server.js';

const serve = loopbackServers();

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>';
const fetcher = (overrides = {}) => createHttpFeedFetcher({ allowLoopback: true, politenessDelayMs: 0, ...overrides });

/** A feed server honouring conditional GET, as most publishers do. */
const conditionalFeed: http.RequestListener = (req, res) => {
  if (req.headers['if-none-match'] === '"v2"' || req.headers['if-modified-since'] === 'Wed, 01 May 2024 10:00:00 GMT') {
    res.writeHead(304).end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v2"', 'last-modified': 'Wed, 01 May 2024 10:00:00 GMT' });
  res.end(RSS);
};

describe('createHttpFeedFetcher', () => {
  it('returns the body with the validators for the next poll and the content type', async () => {
    const base = await serve(conditionalFeed);

    const fetched = await fetcher().fetchFeed(`${base}/rss`, {});

    expect(fetched).toEqual({
      status: 'ok',
      body: new TextEncoder().encode(RSS),
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v2"',
      lastModified: 'Wed, 01 May 2024 10:00:00 GMT',
      finalUrl: `${base}/rss`,
    });
  });

  it.each([
    ['If-None-Match', { etag: '"v2"' }],
    ['If-Modified-Since', { lastModified: 'Wed, 01 May 2024 10:00:00 GMT' }],
  ])('sends %s and maps 304 to not-modified', async (_, validators) => {
    const base = await serve(conditionalFeed);

    expect(await fetcher().fetchFeed(`${base}/rss`, validators)).toEqual({ status: 'not-modified' });
  });

  it('reports the Content-Location, the base URI the server gives the document', async () => {
    const base = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-location': '/feeds/world/' }).end(RSS));

    expect(await fetcher().fetchFeed(`${base}/rss`, {})).toMatchObject({ status: 'ok', contentLocation: '/feeds/world/' });
  });

  it('reports the final URL after a redirect, for resolving relative links', async () => {
    const base = await serve((req, res) => (req.url === '/old' ? res.writeHead(301, { location: '/new.xml' }).end() : conditionalFeed(req, res)));

    const fetched = await fetcher().fetchFeed(`${base}/old`, {});

    expect(fetched.status === 'ok' && fetched.finalUrl).toBe(`${base}/new.xml`);
  });

  it('refuses an HTML page served in place of the feed, saying why', async () => {
    const base = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html></html>'));

    const failure = fetcher().fetchFeed(`${base}/rss`, {});

    await expect(failure).rejects.toBeInstanceOf(SafeFetchError);
    await expect(failure).rejects.toThrow(/"text\/html" is not accepted here: expected RSS, Atom, RDF or JSON Feed \(a text\/html response is a web page, not a feed\)/);
  });

  it.each([404, 410, 500, 503])('throws a named error carrying HTTP %i', async (status) => {
    const base = await serve((_req, res) => res.writeHead(status, { 'content-type': 'text/html' }).end('no'));

    const error = await fetcher()
      .fetchFeed(`${base}/rss`, {})
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SafeFetchError);
    expect(error).toMatchObject({ kind: 'http-status', status, message: `feed answered HTTP ${status} (${base}/rss)` });
  });

  it('refuses loopback unless the factory allows it (ALLOW_LOOPBACK_FETCH)', async () => {
    const base = await serve(conditionalFeed);

    await expect(fetcher({ allowLoopback: false }).fetchFeed(`${base}/rss`, {})).rejects.toMatchObject({ kind: 'blocked-address' });
  });

  it('honours a smaller size cap', async () => {
    const base = await serve(conditionalFeed);

    await expect(fetcher({ maxBytes: 10 }).fetchFeed(`${base}/rss`, {})).rejects.toMatchObject({ kind: 'too-large' });
  });

  it.each([
    ['application/rss+xml', true],
    ['application/atom+xml', true],
    ['application/rdf+xml', true],
    ['application/xml', true],
    ['text/xml', true],
    ['application/feed+json', true],
    ['application/json', true],
    ['application/x-rss+xml', true],
    ['text/html', false],
    ['application/xhtml+xml', false],
    ['image/png', false],
  ])('treats %s as a feed type: %s', (type, accepted) => {
    expect(FEED_CONTENT_TYPES.test(type)).toBe(accepted);
  });
});

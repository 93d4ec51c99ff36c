import { describe, expect, it } from 'vitest';
import { createHttpPageFetcher } from '../../../functions/common/http-page-fetcher.js';
import { SafeFetchError } from '../../../functions/common/safe-fetch.js';
import { loopbackServers } from '../../support/loopback-server.js';

const serve = loopbackServers();

const pages = (overrides = {}) => createHttpPageFetcher({ allowLoopback: true, politenessDelayMs: 0, ...overrides });

describe('createHttpPageFetcher', () => {
  it('returns the decoded HTML and the final URL after redirects', async () => {
    const base = await serve((req, res) =>
      req.url === '/short' ? res.writeHead(302, { location: '/article/1' }).end() : res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>Kraków</p>'),
    );

    expect(await pages().fetchPage(`${base}/short`)).toEqual({ html: '<p>Kraków</p>', finalUrl: `${base}/article/1` });
  });

  it('decodes with the charset from the Content-Type header', async () => {
    const base = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-2' }).end(Buffer.concat([Buffer.from('<p>'), Buffer.from([0xa3, 0xf3, 0x64, 0xbc]), Buffer.from('</p>')])));

    expect((await pages().fetchPage(base)).html).toBe('<p>Łódź</p>');
  });

  it('decodes with a <meta charset> when the header names none', async () => {
    const base = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.concat([Buffer.from('<meta charset="gb2312"><p>'), Buffer.from([0xd6, 0xc6, 0xb2, 0xc3]), Buffer.from('</p>')])));

    expect((await pages().fetchPage(base)).html).toBe('<meta charset="gb2312"><p>制裁</p>');
  });

  it('refuses anything but HTML', async () => {
    const base = await serve((_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF'));

    await expect(pages().fetchPage(base)).rejects.toMatchObject({ kind: 'content-type' });
  });

  it('throws a named error carrying the status for a non-2xx page', async () => {
    const base = await serve((_req, res) => res.writeHead(403, { 'content-type': 'text/html' }).end('paywall'));

    const error = await pages()
      .fetchPage(`${base}/a`)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SafeFetchError);
    expect(error).toMatchObject({ kind: 'http-status', status: 403, message: `page answered HTTP 403 (${base}/a)` });
  });

  it('refuses loopback unless allowed', async () => {
    const base = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>'));

    await expect(pages({ allowLoopback: false }).fetchPage(base)).rejects.toMatchObject({ kind: 'blocked-address' });
  });
});

import { describe, expect, it } from 'vitest';
import { createHttpSanctionsFetcher } from '../../../functions/common/http-sanctions-fetcher.js';
import { SafeFetchError } from '../../../functions/common/safe-fetch.js';
import { ofacSdnAdapter } from '../../../shared/sanctions-lists/adapter.js';
import { loopbackServers } from '../../support/loopback-server.js';

const serve = loopbackServers();

describe('createHttpSanctionsFetcher', () => {
  it('fetches every file of the list, decoding them, with the first file\'s validators', async () => {
    const requested: string[] = [];
    const base = await serve((req, res) => {
      requested.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/csv', etag: '"sdn-1"' }).end(`${req.url} caf\xe9`, 'latin1');
    });
    const fetched = await createHttpSanctionsFetcher({ baseUrl: `${base}/ofac/`, allowLoopback: true }).fetchFiles(ofacSdnAdapter, {});
    expect(requested).toEqual(['/ofac/sdn.csv', '/ofac/alt.csv', '/ofac/add.csv']);
    expect(fetched).toEqual({
      status: 'ok',
      files: { 'sdn.csv': '/ofac/sdn.csv café', 'alt.csv': '/ofac/alt.csv café', 'add.csv': '/ofac/add.csv café' },
      validators: { etag: '"sdn-1"', lastModified: undefined },
    });
  });

  it('asks conditionally and stops at a 304 for the first file', async () => {
    const requested: string[] = [];
    const base = await serve((req, res) => {
      requested.push(`${req.url} ${req.headers['if-none-match'] ?? ''}`);
      res.writeHead(304).end();
    });
    const fetched = await createHttpSanctionsFetcher({ baseUrl: `${base}/`, allowLoopback: true }).fetchFiles(ofacSdnAdapter, { etag: '"sdn-1"' });
    expect(fetched).toEqual({ status: 'not-modified' });
    expect(requested).toEqual(['/sdn.csv "sdn-1"']);
  });

  it('throws on an error status, naming the file', async () => {
    const base = await serve((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('busy'));
    const fetching = createHttpSanctionsFetcher({ baseUrl: `${base}/`, allowLoopback: true }).fetchFiles(ofacSdnAdapter, {});
    await expect(fetching).rejects.toThrow(SafeFetchError);
    await expect(fetching).rejects.toThrow(/sdn\.csv answered HTTP 503/);
  });

  it('refuses a web page in place of a list file', async () => {
    const base = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>'));
    await expect(createHttpSanctionsFetcher({ baseUrl: `${base}/`, allowLoopback: true }).fetchFiles(ofacSdnAdapter, {})).rejects.toThrow(/not accepted/);
  });
});

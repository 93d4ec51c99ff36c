import type { ListAdapter } from '../../shared/sanctions-lists/adapter.js';
import type { ConditionalValidators, FetchedListFiles, ListFetcher } from '../../shared/ports.js';
import { safeFetch, SafeFetchError, type SafeFetchOptions } from './safe-fetch.js';

/** OFAC's legacy files; the old path redirects to the Sanctions List Service, which safeFetch follows. */
export const DEFAULT_SANCTIONS_LIST_URL = 'https://www.treasury.gov/ofac/downloads/';

/** How list publishers label CSV downloads. */
const LIST_CONTENT_TYPES = /^(?:text\/(?:csv|plain)|application\/(?:csv|octet-stream|vnd\.ms-excel|x-csv))$/;

export type HttpSanctionsFetcherOptions = Pick<SafeFetchOptions, 'allowLoopback'> &
  Partial<Omit<SafeFetchOptions, 'allowedContentTypes' | 'headers'>> & {
    /** Directory URL the list's file names are appended to. */
    baseUrl: string;
  };

const DEFAULTS = {
  timeoutMs: 120_000,
  // sdn.csv is about 4 MB today; the cap leaves room for growth and stops a runaway response.
  maxBytes: 64 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'Tocsin/0.1 sanctions list refresh',
} as const;

/**
 * Fetches a list's files from `baseUrl` through `safeFetch`. The first file is fetched with a
 * conditional GET: 304 means the list is unchanged (publishers update the files together); otherwise
 * every file is fetched, and any non-2xx answer throws `SafeFetchError`.
 */
export function createHttpSanctionsFetcher(options: HttpSanctionsFetcherOptions): ListFetcher {
  const { baseUrl, ...rest } = options;
  const settings = { ...DEFAULTS, ...rest, allowedContentTypes: LIST_CONTENT_TYPES };
  const get = async (url: string, validators: ConditionalValidators) => {
    const headers = {
      ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
      ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
    };
    const response = await safeFetch(url, { ...settings, headers });
    if (response.status !== 304 && (response.status < 200 || response.status >= 300)) {
      throw new SafeFetchError(`${url} answered HTTP ${response.status}`, 'http-status', response.status);
    }
    return response;
  };
  return {
    async fetchFiles(adapter: ListAdapter, validators: ConditionalValidators): Promise<FetchedListFiles> {
      const decoder = new TextDecoder(adapter.encoding);
      const [first, ...others] = adapter.files;
      if (first === undefined) throw new Error(`${adapter.list}: the adapter names no files`);
      const primary = await get(new URL(first, baseUrl).href, validators);
      if (primary.status === 304) return { status: 'not-modified' };
      const files: Record<string, string> = { [first]: decoder.decode(primary.body) };
      for (const name of others) files[name] = decoder.decode((await get(new URL(name, baseUrl).href, {})).body);
      return { status: 'ok', files, validators: { etag: primary.headers.etag, lastModified: primary.headers['last-modified'] } };
    },
  };
}

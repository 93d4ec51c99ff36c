import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateRssFeed } from 'feedsmith';
import * as z from 'zod';

const DemoItemSchema = z.object({
  kind: z.enum(['first-article', 'synthetic']),
  what: z.string().optional(),
  path: z.string().optional(),
  /** A link written as is, for an item whose link is not a page on the demo site. */
  link: z.string().optional(),
  title: z.string(),
  publishedAt: z.string(),
  guid: z.string(),
  body: z.string().optional(),
  bodyFrom: z.literal('first-article').optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  summary: z.string().optional(),
  page: z.string().optional(),
});
type DemoItem = z.infer<typeof DemoItemSchema>;

const demoFile = (name: string) => new URL(name, import.meta.url);

const loadItems = (): DemoItem[] =>
  z.object({ items: z.array(DemoItemSchema) }).parse(JSON.parse(readFileSync(demoFile('demo-items.json'), 'utf8'))).items;

const paragraphsToHtml = (text: string): string =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');

/** The demo feed as RSS 2.0, generated with the same library family that parses feeds. */
export function demoFeedXml(baseUrl: string): string {
  const firstArticle = readFileSync(demoFile('first-article.txt'), 'utf8');
  const items = loadItems().map((item) => {
    const text = item.kind === 'first-article' || item.bodyFrom ? firstArticle : (item.body ?? '');
    const body = text ? paragraphsToHtml(`${item.prefix ?? ''}${text}${item.suffix ?? ''}`) : undefined;
    return {
      title: item.title,
      ...(item.path ? { link: `${baseUrl}${item.path}` } : item.link ? { link: item.link } : {}),
      guid: { value: item.guid, isPermaLink: false },
      pubDate: new Date(item.publishedAt),
      ...(item.summary ? { description: item.summary } : {}),
      ...(body ? { content: { encoded: body } } : {}),
    };
  });
  return generateRssFeed({
    title: 'Tocsin demo feed',
    link: baseUrl,
    description: 'The first article Tocsin read, and synthetic items that show duplicates, rejections and modality.',
    items,
  });
}

/**
 * Serves the demo feed and its article pages on loopback, with an ETag and Last-Modified so a
 * second conditional poll gets 304 Not Modified, as a well-behaved publisher answers.
 */
export async function serveDemoFeed(): Promise<{ feedUrl: string; baseUrl: string; stop(): Promise<void> }> {
  const pages = new Map(loadItems().flatMap((item) => (item.page && item.path ? [[item.path.split('?')[0]!, item.page]] : [])));
  let xml = '';
  let etag = '';
  const lastModified = new Date('2019-03-28T08:00:00Z').toUTCString();
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path === '/feed.xml') {
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, { etag, 'last-modified': lastModified }).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'last-modified': lastModified }).end(xml);
      return;
    }
    const page = pages.get(path);
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  xml = demoFeedXml(baseUrl);
  etag = `"${createHash('sha256').update(xml).digest('hex').slice(0, 16)}"`;
  return {
    feedUrl: `${baseUrl}/feed.xml`,
    baseUrl,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

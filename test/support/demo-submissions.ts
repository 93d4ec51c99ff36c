import { parseFeed } from '../../shared/feeds/parse-feed.js';
import type { ArticleSubmission } from '../../shared/article/article.js';

/** The demo feed's entries, fetched and parsed as a poll would, to replay them onto the queue. */
export async function demoSubmissions(feedUrl: string): Promise<ArticleSubmission[]> {
  const response = await fetch(feedUrl);
  const body = new Uint8Array(await response.arrayBuffer());
  return parseFeed(
    { body, contentType: response.headers.get('content-type') ?? undefined, url: feedUrl },
    { source: { id: 'demo', name: 'Tocsin demo feed' }, fetchedAt: new Date('2019-03-29T00:00:00Z') },
  ).entries.map((entry) => entry.submission);
}

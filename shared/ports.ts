import type { Article, ArticleSubmission } from './article/article.js';
import type { Alert } from './watch/alert.js';
import type { ArticleTaggedEvent } from './use-cases/article-tagged-event.js';

/** Time is passed in so the domain stays deterministic under test. */
export interface Clock {
  now(): Date;
}

/** Entry point of processing: the articles queue. */
export interface ArticleQueue {
  send(submissions: readonly ArticleSubmission[]): Promise<void>;
}

export interface ConditionalValidators {
  etag?: string;
  lastModified?: string;
}

export type FetchedFeed =
  | { status: 'not-modified' }
  | {
      status: 'ok';
      body: Uint8Array;
      contentType?: string;
      etag?: string;
      lastModified?: string;
      /** The URL after redirects, against which relative links resolve. */
      finalUrl: string;
      /** The Content-Location header, when sent: the document's own base URI, which outranks `finalUrl`. */
      contentLocation?: string;
    };

/** Fetches feeds with a conditional GET. Refusals throw `FetchRefusedError`. */
export interface FeedFetcher {
  fetchFeed(url: string, validators: ConditionalValidators): Promise<FetchedFeed>;
}

/** Fetches an article page, for entries that carry only a summary. */
export interface PageFetcher {
  fetchPage(url: string): Promise<{ html: string; finalUrl: string }>;
}

export interface FeedState extends ConditionalValidators {
  feedId: string;
  lastSuccessAt?: string;
  lastFailureAt?: string;
  lastError?: string;
  consecutiveFailures: number;
  lastItemCount?: number;
  /**
   * The entries seen in recent polls, newest first and bounded, as `identity=version` keys (see
   * `shared/feeds/seen-entries.ts`): an entry is sent again only when it is new or its version changed.
   */
  seenEntries?: string[];
}

export interface FeedStateStore {
  get(feedId: string): Promise<FeedState | undefined>;
  put(state: FeedState): Promise<void>;
}

export type ClaimResult =
  | { kind: 'new' }
  | { kind: 'duplicate'; of: string; by: 'url' | 'content' };

export interface ArticleStore {
  /**
   * Claims the article's canonical URL and content hash (when given) with conditional writes. A claim held by
   * the same article id counts as new, so a retried message completes instead of being lost.
   */
  claim(article: { id: string; canonicalUrl: string; contentHash?: string }): Promise<ClaimResult>;
  save(article: Article): Promise<void>;
  get(id: string): Promise<Article | undefined>;
}

export interface StorySource {
  articleId: string;
  sourceName: string;
  url: string;
}

/** Near-duplicate lookup: which earlier story, if any, an article belongs to. */
export interface StoryIndex {
  /** The story of the most similar earlier article, if one is within the near-duplicate threshold. */
  findStory(fingerprint: string): Promise<string | undefined>;
  /** Records the article under its story, so later copies find it and the story lists its sources. */
  add(article: Pick<Article, 'id' | 'storyId' | 'fingerprint' | 'url' | 'source' | 'ingestedAt'>): Promise<void>;
  sources(storyId: string): Promise<StorySource[]>;
}

/** Hands tagged articles to alerting (an SQS queue on AWS). */
export interface TaggedEventBus {
  publish(event: ArticleTaggedEvent): Promise<void>;
}

/** Sends an alert at most once per watch and story. */
export interface AlertDispatcher {
  dispatch(alert: Alert): Promise<'sent' | 'suppressed'>;
}

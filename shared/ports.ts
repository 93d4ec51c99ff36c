import type { Article, ArticleSubmission } from './article/article.js';
import type { Mention } from './article/mention.js';
import type { ListAdapter } from './sanctions-lists/adapter.js';
import type { ListDiff } from './sanctions-lists/diff.js';
import type { ListId, SanctionsList } from './sanctions-lists/list.js';
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

/** Links the named parties of mentions to sanctions-list entries; loads its list on first need. */
export interface EntityLinker {
  link(text: string, mentions: readonly Mention[]): Promise<Mention[]>;
}

/** Files of one list version as the publisher serves them, fetched with a conditional GET. */
export type FetchedListFiles =
  | { status: 'not-modified' }
  | { status: 'ok'; files: Record<string, string>; validators: ConditionalValidators };

/** Fetches a list's files; not-modified when the first file is unchanged since `validators`. */
export interface ListFetcher {
  fetchFiles(adapter: ListAdapter, validators: ConditionalValidators): Promise<FetchedListFiles>;
}

/** A list version as stored, with the validators of the download it came from. */
export interface StoredList {
  list: SanctionsList;
  validators: ConditionalValidators;
}

/** Where the current version of each list, and the diff of every update, are kept. */
export interface SanctionsListStore {
  current(list: ListId): Promise<StoredList | undefined>;
  replace(stored: StoredList): Promise<void>;
  recordDiff(diff: ListDiff): Promise<void>;
}

/** An article that named a party, as recorded for designation look-backs. */
export interface ArticleNaming {
  articleId: string;
  title: string;
  url: string;
  sourceName: string;
  publishedAt?: string;
  ingestedAt: string;
  /** The name as the article wrote it. */
  name: string;
}

/** Which articles named which parties: name-keyed, kept 90 days, for "named in 3 articles before designation". */
export interface NamedPartyIndex {
  record(article: Pick<Article, 'id' | 'title' | 'url' | 'source' | 'publishedAt' | 'ingestedAt' | 'text' | 'mentions'>): Promise<void>;
  /** Articles naming any of these keys (`namedParties`, `entryKeys`) ingested at or after `since`, newest first, once per article and name. */
  articlesNaming(keys: readonly string[], since: string): Promise<ArticleNaming[]>;
}

import type { Article, ArticleSubmission } from './article/article.js';
import type { Mention } from './article/mention.js';
import type { ListAdapter } from './sanctions-lists/adapter.js';
import type { ListDiff } from './sanctions-lists/diff.js';
import type { ListId, SanctionsList } from './sanctions-lists/list.js';
import type { Alert } from './watch/alert.js';
import type { AlertDecision, AlertDecisionPage, AlertDecisionQuery } from './use-cases/alert-decisions.js';
import type { ArticleTaggedEvent } from './use-cases/article-tagged-event.js';
import type { AlertMessage } from './watch/alert.js';
import type { MaterialChange, StoryBaseline } from './watch/changes.js';
import type { Route } from './watch/delivery.js';
import type { Digest, DigestItem, WaitReason } from './watch/digest.js';

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

/** Publishes an alert, update or digest to its watch's topic. */
export interface AlertPublisher {
  /** Resolves to the SNS message id once SNS has accepted the message. */
  publish(message: AlertMessage): Promise<string>;
}

/** One alert a watch decided to send on a story (the first, or an update): the unit a retry resumes. */
export interface StoryAlertRecord {
  alertId: string;
  articleId: string;
  /**
   * When the article was stored: with `articleId` it names the event. A redelivered event has both; a page
   * revised at the same URL (same article id, stored again later) is a new event to compare.
   */
  ingestedAt: string;
  kind: 'alert' | 'update';
  /** What an update adds (empty for a first alert): the first few, as its message shows them. */
  changes: MaterialChange[];
  /** How many changes there were in all. */
  changeCount?: number;
  route: Route;
  /** `claimed` until published (`sent`) or parked for a digest (`waiting`); `failed` when publishing failed. */
  status: 'claimed' | 'sent' | 'waiting' | 'failed';
  waitReason?: WaitReason;
  /** When it was decided: its decisions are filed under this time, so a retry files them in the same place. */
  decidedAt: string;
  messageId?: string;
}

/** What a watch has told subscribers about one story, and the alerts it sent on it. */
export interface StoryAlertState {
  watchId: string;
  storyId: string;
  /** Bumped by every write; a write succeeds only over the version it read. */
  version: number;
  /** When the first alert of this suppression period was decided; alert ids include it. */
  openedAt: string;
  baseline: StoryBaseline;
  alerts: StoryAlertRecord[];
  /** Epoch seconds after which the story alerts afresh (the suppression window after its last alert). */
  expiresAt: number;
}

/** Per watch and story alert state, and the per-watch hourly limit. */
export interface AlertStateStore {
  /** The state, read consistently; undefined when there is none. */
  get(watchId: string, storyId: string): Promise<StoryAlertState | undefined>;
  /** Writes `state` if the stored version is still `expectedVersion` (0: none stored). False when another writer got there first. */
  put(state: StoryAlertState, expectedVersion: number): Promise<boolean>;
  /** Counts one alert against a watch's limit for an hour ("2019-03-28T09"); false once `limit` are counted. */
  takeHourlySlot(watchId: string, hour: string, limit: number): Promise<boolean>;
}

/** A digest or roll-up in the making: claimed, then sent, then done (its items removed and audited). */
export interface DigestRecord {
  watchId: string;
  /** The delivery time (ISO): one digest per watch and delivery time. */
  deliveryAt: string;
  status: 'claimed' | 'sent' | 'done';
  claimedAt: string;
  message: Digest;
  items: Pick<DigestItem, 'alertId' | 'decidedAt' | 'storyId' | 'articleId' | 'reason'>[];
  messageId?: string;
}

/** Alerts waiting for their watch's next digest or roll-up, and the digests sent. */
export interface DigestStore {
  /** Parks an alert; writing the same alert again changes nothing. */
  addWaiting(item: DigestItem): Promise<void>;
  /** Alerts of a watch decided before `before`, oldest first, at most `limit`. */
  waiting(watchId: string, before: string, limit: number): Promise<DigestItem[]>;
  removeWaiting(watchId: string, items: readonly Pick<DigestItem, 'alertId' | 'decidedAt'>[]): Promise<void>;
  /** The watch's most recent digest record. */
  latestDigest(watchId: string): Promise<DigestRecord | undefined>;
  /** Creates the record unless one exists for its watch and delivery time; false if it existed. */
  claimDigest(record: DigestRecord): Promise<boolean>;
  updateDigest(record: DigestRecord): Promise<void>;
}

/** The audit trail: every alert decision, kept for a year. */
export interface AlertDecisionLog {
  /** Stores a decision; storing the same decision id again overwrites it. */
  record(decision: AlertDecision): Promise<void>;
  /** A watch's decisions in a time range, newest first, a page at a time. */
  list(query: AlertDecisionQuery): Promise<AlertDecisionPage>;
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

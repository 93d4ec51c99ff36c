import type { Article, ArticleSubmission } from '../../shared/article/article.js';
import type {
  AlertDispatcher,
  ArticleQueue,
  ArticleStore,
  ClaimResult,
  Clock,
  ConditionalValidators,
  FeedFetcher,
  FeedState,
  FeedStateStore,
  FetchedFeed,
  PageFetcher,
  TaggedEventBus,
} from '../../shared/ports.js';
import type { ArticleTaggedEvent } from '../../shared/use-cases/article-tagged-event.js';
import type { Alert } from '../../shared/watch/alert.js';

export { InMemoryStoryIndex } from '../../shared/dedupe/story.js';

/** A clock stopped at one instant, so nothing depends on when the test runs. */
export const fixedClock = (iso = '2019-03-25T09:00:00.000Z'): Clock => ({ now: () => new Date(iso) });

/**
 * ArticleStore with the DynamoDB adapter's claim semantics: the URL is claimed first, then the content
 * hash; each claim is kept once won (a later content clash does not release the URL), and a claim already
 * held by the same article id counts as won, so a retry completes.
 */
export class InMemoryArticleStore implements ArticleStore {
  readonly articles = new Map<string, Article>();
  private readonly urlClaims = new Map<string, string>();
  private readonly contentClaims = new Map<string, string>();
  private pendingSaveFailures: Error[] = [];

  /** Makes the next `save` throw, as a crash between publishing and storing would. */
  failNextSave(error = new Error('simulated crash before save')): void {
    this.pendingSaveFailures.push(error);
  }

  async claim(article: { id: string; canonicalUrl: string; contentHash?: string }): Promise<ClaimResult> {
    const urlHolder = claimKey(this.urlClaims, article.canonicalUrl, article.id);
    if (urlHolder !== undefined) return { kind: 'duplicate', of: urlHolder, by: 'url' };
    if (article.contentHash === undefined) return { kind: 'new' };
    const contentHolder = claimKey(this.contentClaims, article.contentHash, article.id);
    if (contentHolder !== undefined) return { kind: 'duplicate', of: contentHolder, by: 'content' };
    return { kind: 'new' };
  }

  async save(article: Article): Promise<void> {
    const failure = this.pendingSaveFailures.shift();
    if (failure) throw failure;
    this.articles.set(article.id, structuredClone(article));
  }

  async get(id: string): Promise<Article | undefined> {
    const article = this.articles.get(id);
    return article && structuredClone(article);
  }
}

/** The holder of `key` when another article already holds it; otherwise claims it and returns undefined. */
function claimKey(claims: Map<string, string>, key: string, articleId: string): string | undefined {
  const holder = claims.get(key);
  if (holder !== undefined && holder !== articleId) return holder;
  claims.set(key, articleId);
  return undefined;
}

export class InMemoryFeedStateStore implements FeedStateStore {
  readonly states = new Map<string, FeedState>();

  async get(feedId: string): Promise<FeedState | undefined> {
    const state = this.states.get(feedId);
    return state && { ...state };
  }

  async put(state: FeedState): Promise<void> {
    this.states.set(state.feedId, { ...state });
  }
}

export class RecordingArticleQueue implements ArticleQueue {
  readonly batches: ArticleSubmission[][] = [];

  get sent(): ArticleSubmission[] {
    return this.batches.flat();
  }

  async send(submissions: readonly ArticleSubmission[]): Promise<void> {
    this.batches.push([...submissions]);
  }
}

export class RecordingTaggedEventBus implements TaggedEventBus {
  readonly events: ArticleTaggedEvent[] = [];

  async publish(event: ArticleTaggedEvent): Promise<void> {
    this.events.push(structuredClone(event));
  }
}

/** Suppresses repeats per (watchId, storyId), as the SNS dispatcher's idempotency record does. */
export class SuppressingAlertDispatcher implements AlertDispatcher {
  /** Alerts actually sent, in order. */
  readonly sent: Alert[] = [];
  readonly attempts: Alert[] = [];
  private readonly seen = new Set<string>();

  async dispatch(alert: Alert): Promise<'sent' | 'suppressed'> {
    this.attempts.push(alert);
    const key = JSON.stringify([alert.watchId, alert.storyId]);
    if (this.seen.has(key)) return 'suppressed';
    this.seen.add(key);
    this.sent.push(alert);
    return 'sent';
  }
}

type FeedResponse = FetchedFeed | Error;

/** Answers each fetch with the next scripted response (the last one repeats), recording what was asked. */
export class ScriptedFeedFetcher implements FeedFetcher {
  readonly calls: { url: string; validators: ConditionalValidators }[] = [];
  private readonly responses: FeedResponse[];

  constructor(...responses: FeedResponse[]) {
    if (responses.length === 0) throw new Error('ScriptedFeedFetcher needs at least one response');
    this.responses = responses;
  }

  async fetchFeed(url: string, validators: ConditionalValidators): Promise<FetchedFeed> {
    this.calls.push({ url, validators: { ...validators } });
    const response = this.responses.length > 1 ? this.responses.shift()! : this.responses[0]!;
    if (response instanceof Error) throw response;
    return response;
  }
}

/** Serves pages from a map of URL to HTML; any other URL fails as an unreachable page would. */
export class StubPageFetcher implements PageFetcher {
  readonly requested: string[] = [];

  constructor(private readonly pages: Record<string, string> = {}) {}

  async fetchPage(url: string): Promise<{ html: string; finalUrl: string }> {
    this.requested.push(url);
    const html = this.pages[url];
    if (html === undefined) throw new Error(`page fetch failed: ${url}`);
    return { html, finalUrl: url };
  }
}

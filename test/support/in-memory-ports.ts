import type { Article, ArticleSubmission } from '../../shared/article/article.js';
import type {
  AlertDecisionLog,
  AlertPublisher,
  AlertStateStore,
  ArticleQueue,
  ArticleStore,
  ClaimResult,
  Clock,
  ConditionalValidators,
  DigestRecord,
  DigestStore,
  FeedFetcher,
  FeedState,
  FeedStateStore,
  FetchedFeed,
  PageFetcher,
  StoryAlertState,
  TaggedEventBus,
} from '../../shared/ports.js';
import type { AlertDecision, AlertDecisionPage, AlertDecisionQuery } from '../../shared/use-cases/alert-decisions.js';
import type { ArticleTaggedEvent } from '../../shared/use-cases/article-tagged-event.js';
import { DEFAULT_ALERT_SETTINGS, type SendAlertsDeps } from '../../shared/use-cases/send-alerts.js';
import type { SendDigestsDeps } from '../../shared/use-cases/send-digests.js';
import type { AlertMessage } from '../../shared/watch/alert.js';
import type { DigestItem } from '../../shared/watch/digest.js';
import type { Watch } from '../../shared/watch/watch.js';
import { InMemoryStoryIndex } from '../../shared/dedupe/story.js';

export { InMemoryStoryIndex } from '../../shared/dedupe/story.js';

/** A clock stopped at one instant, so nothing depends on when the test runs. */
export const fixedClock = (iso = '2019-03-25T09:00:00.000Z'): Clock => ({ now: () => new Date(iso) });

/** A clock a test moves by hand: schedules and quiet hours are tested without waiting. */
export { SettableClock as MovableClock } from '../../local/demo/demo-clock.js';

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

/**
 * The Alerts table's semantics in memory: versioned story states (a write over a stale version loses),
 * hourly counters, waiting items keyed by alert id, digest records claimed once per delivery time.
 */
export class InMemoryAlertStore implements AlertStateStore, DigestStore {
  readonly states = new Map<string, StoryAlertState>();
  readonly slots = new Map<string, number>();
  readonly waitingItems = new Map<string, DigestItem>();
  readonly digests = new Map<string, DigestRecord>();
  private pendingPutFailures: Error[] = [];

  /** Makes the next state write throw, as a DynamoDB outage would. */
  failNextPut(error = new Error('simulated DynamoDB error')): void {
    this.pendingPutFailures.push(error);
  }

  clearFailures(): void {
    this.pendingPutFailures = [];
  }

  async get(watchId: string, storyId: string): Promise<StoryAlertState | undefined> {
    const state = this.states.get(`${watchId}|${storyId}`);
    return state && structuredClone(state);
  }

  async put(state: StoryAlertState, expectedVersion: number): Promise<boolean> {
    const failure = this.pendingPutFailures.shift();
    if (failure) throw failure;
    const key = `${state.watchId}|${state.storyId}`;
    if ((this.states.get(key)?.version ?? 0) !== expectedVersion) return false;
    this.states.set(key, structuredClone(state));
    return true;
  }

  async takeHourlySlot(watchId: string, hour: string, limit: number): Promise<boolean> {
    const key = `${watchId}|${hour}`;
    const taken = this.slots.get(key) ?? 0;
    if (taken >= limit) return false;
    this.slots.set(key, taken + 1);
    return true;
  }

  async addWaiting(item: DigestItem): Promise<void> {
    this.waitingItems.set(item.alertId, structuredClone(item));
  }

  async waiting(watchId: string, before: string, limit: number): Promise<DigestItem[]> {
    return [...this.waitingItems.values()]
      .filter((i) => i.watchId === watchId && i.decidedAt < before)
      .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
      .slice(0, limit)
      .map((i) => structuredClone(i));
  }

  async removeWaiting(_watchId: string, items: readonly Pick<DigestItem, 'alertId'>[]): Promise<void> {
    for (const item of items) this.waitingItems.delete(item.alertId);
  }

  async latestDigest(watchId: string): Promise<DigestRecord | undefined> {
    const mine = [...this.digests.values()].filter((d) => d.watchId === watchId).sort((a, b) => b.deliveryAt.localeCompare(a.deliveryAt));
    return mine[0] && structuredClone(mine[0]);
  }

  async claimDigest(record: DigestRecord): Promise<boolean> {
    const key = `${record.watchId}|${record.deliveryAt}`;
    if (this.digests.has(key)) return false;
    this.digests.set(key, structuredClone(record));
    return true;
  }

  async updateDigest(record: DigestRecord): Promise<void> {
    this.digests.set(`${record.watchId}|${record.deliveryAt}`, structuredClone(record));
  }
}

/** The audit trail in memory: one item per decision id, listed newest first. */
export class InMemoryDecisionLog implements AlertDecisionLog {
  readonly decisions = new Map<string, AlertDecision>();

  get all(): AlertDecision[] {
    return [...this.decisions.values()].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
  }

  outcomes(watchId?: string): string[] {
    return this.all.filter((d) => !watchId || d.watchId === watchId).map((d) => d.outcome);
  }

  async record(decision: AlertDecision): Promise<void> {
    this.decisions.set(`${decision.watchId}|${decision.decisionId}`, structuredClone(decision));
  }

  async list(query: AlertDecisionQuery): Promise<AlertDecisionPage> {
    const matching = this.all
      .filter((d) => d.watchId === query.watchId && (!query.since || d.decidedAt >= query.since) && (!query.until || d.decidedAt <= query.until))
      .reverse();
    const start = query.cursor ? Number(query.cursor) : 0;
    const end = start + (query.limit ?? 100);
    return { decisions: matching.slice(start, end), ...(end < matching.length ? { cursor: String(end) } : {}) };
  }
}

/** Publishes into a list; can be told to refuse, or to accept and then lose the reply, as SNS under faults. */
export class RecordingAlertPublisher implements AlertPublisher {
  readonly published: AlertMessage[] = [];
  private readonly faults: ('refuse' | 'lose-reply')[] = [];

  /** The next publish fails: refused (nothing delivered), or delivered with the reply lost (the caller sees an error). */
  failNext(fault: 'refuse' | 'lose-reply'): void {
    this.faults.push(fault);
  }

  async publish(message: AlertMessage): Promise<string> {
    const fault = this.faults.shift();
    if (fault === 'refuse') throw new Error('SNS throttled the publish');
    this.published.push(structuredClone(message));
    if (fault === 'lose-reply') throw new Error('socket hang up');
    return `sns-${this.published.length}`;
  }

  /** Subscribers' view: each alert id once, as a subscriber dropping repeats would keep it. */
  get distinctAlertIds(): string[] {
    return [...new Set(this.published.map((m) => m.alertId))];
  }
}

/** Alerting's ports in memory, sharing one store, log and publisher between send-alerts and send-digests. */
export function inMemoryAlerting(watches: readonly Watch[], clock: Clock, stories = new InMemoryStoryIndex()) {
  const store = new InMemoryAlertStore();
  const decisions = new InMemoryDecisionLog();
  const publisher = new RecordingAlertPublisher();
  const alerts = {
    watches,
    stories,
    states: store,
    digests: store,
    decisions,
    publisher,
    clock,
    settings: DEFAULT_ALERT_SETTINGS,
    feedUrls: new Map<string, string>(),
  } satisfies SendAlertsDeps;
  const digests = { watches, stories, digests: store, decisions, publisher, clock } satisfies SendDigestsDeps;
  return { store, decisions, publisher, stories, alerts, digests };
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

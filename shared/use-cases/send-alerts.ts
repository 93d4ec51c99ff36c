import type { Mention } from '../article/mention.js';
import type {
  AlertDecisionLog,
  AlertPublisher,
  AlertStateStore,
  Clock,
  DigestStore,
  StoryAlertRecord,
  StoryAlertState,
  StoryIndex,
} from '../ports.js';
import { alertIdFor, composeAlert, MAX_CHANGES_SHOWN, type Alert, type AlertInput } from '../watch/alert.js';
import { describeChange, materialChanges, mergeBaseline, type MaterialChange } from '../watch/changes.js';
import { routeAlert } from '../watch/delivery.js';
import { digestItemOf, type WaitReason } from '../watch/digest.js';
import { matchWatch } from '../watch/match.js';
import { latestHourlyTime } from '../watch/schedule.js';
import { maxSeverity, severitiesFrom } from '../watch/severity.js';
import type { Watch } from '../watch/watch.js';
import { decisionArticle, decisionIdFor, decisionMentions, type AlertDecision, type DecisionOutcome } from './alert-decisions.js';
import type { ArticleTaggedEvent } from './article-tagged-event.js';

/** Deployment-wide alerting settings (CDK context on AWS). */
export interface AlertSettings {
  /** Only articles published (or, undated, fetched) this recently alert. */
  freshnessHours: number;
  /** A story stays alerted this long after its last alert: later copies are repeats, later additions updates. */
  suppressionDays: number;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = { freshnessHours: 72, suppressionDays: 30 };

/** Updates one watch sends on one story within its suppression window; past it, changes are recorded but not sent. */
export const MAX_UPDATES_PER_STORY = 5;
/** A claim younger than this belongs to an invocation that may still be publishing: its message is retried later. */
export const CLAIM_LEASE_SECONDS = 60;
/** Story sources read for "also reported by" (the article's own entry included). */
export const STORY_SOURCES_SHOWN = 11;
/** Writes racing on one story state are re-decided this many times before the message is retried. */
const MAX_DECISION_ATTEMPTS = 4;
/** A completion write that fails after SNS accepted the alert is retried this often before giving up. */
const COMPLETION_ATTEMPTS = 3;

export interface SendAlertsDeps {
  watches: readonly Watch[];
  stories: StoryIndex;
  states: AlertStateStore;
  digests: Pick<DigestStore, 'addWaiting'>;
  decisions: AlertDecisionLog;
  publisher: AlertPublisher;
  clock: Clock;
  settings: AlertSettings;
  /** Feed id → the configured feed URL: the feed's own domain, to judge where an article's link goes. */
  feedUrls: ReadonlyMap<string, string>;
}

export interface AlertOutcome {
  watchId: string;
  outcome: DecisionOutcome | 'already-decided';
  alertId?: string;
  /** Seconds from publication (when known) and from fetch to the alert's publish, for alerts sent now. */
  latency?: { fromPublication?: number; fromFetch: number };
}

/** Another invocation holds a fresh claim on this alert; the message is retried once it has finished. */
export class AlertInProgressError extends Error {
  override name = 'AlertInProgressError';
}

/** Publishing succeeded but recording it kept failing: a retry will publish again, with the same alert id. */
export class AlertCompletionError extends Error {
  override name = 'AlertCompletionError';
}

const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * Evaluates every watch against a tagged article. Per watch and story: the first matching article
 * alerts, a later one alerts again only for a material change (an update), copies are suppressed. Each
 * alert goes out now, or waits for the watch's digest, its quiet hours' end, or the next hour when the
 * hourly limit is reached. Every decision is audited. A retried message resumes the alert it decided
 * (same id), and an alert SNS accepted is never published again because recording it failed once.
 */
export async function sendAlerts(event: ArticleTaggedEvent, deps: SendAlertsDeps): Promise<AlertOutcome[]> {
  const outcomes: AlertOutcome[] = [];
  for (const watch of deps.watches) {
    const matched = matchWatch(watch, event.mentions);
    if (matched.length > 0) outcomes.push(await alertWatch(watch, matched, event, deps));
  }
  return outcomes;
}

interface Decision {
  watch: Watch;
  event: ArticleTaggedEvent;
  matched: readonly Mention[];
  deps: SendAlertsDeps;
  now: Date;
}

async function alertWatch(watch: Watch, matched: readonly Mention[], event: ArticleTaggedEvent, deps: SendAlertsDeps): Promise<AlertOutcome> {
  const now = deps.clock.now();
  const d: Decision = { watch, event, matched, deps, now };
  const judgedBy = event.publishedAt ?? event.fetchedAt ?? event.ingestedAt;
  if (now.getTime() - Date.parse(judgedBy) > deps.settings.freshnessHours * 3600_000) {
    const what = event.publishedAt ? `published ${event.publishedAt}` : `date unknown, fetched ${judgedBy}`;
    return recordUnclaimed(d, 'skipped-stale', `${what}: outside the ${deps.settings.freshnessHours} h freshness window`);
  }
  for (let attempt = 0; attempt < MAX_DECISION_ATTEMPTS; attempt++) {
    const stored = await deps.states.get(watch.id, event.storyId);
    const live = stored && stored.expiresAt * 1000 > now.getTime() ? stored : undefined;
    const mine = live?.alerts.find((a) => a.articleId === event.articleId && a.ingestedAt === event.ingestedAt);
    if (mine && live) return resume(d, mine, live);

    let changes: MaterialChange[] = [];
    if (live) {
      changes = materialChanges(live.baseline, matched);
      const last = live.alerts.at(-1)?.alertId;
      if (changes.length === 0) return recordUnclaimed(d, 'suppressed', `repeat: nothing new since alert ${last}`);
      if (live.alerts.length > MAX_UPDATES_PER_STORY) {
        return recordUnclaimed(d, 'suppressed', `update limit: ${MAX_UPDATES_PER_STORY} updates already sent on this story`, changes);
      }
    }
    const openedAt = live?.openedAt ?? now.toISOString();
    const record: StoryAlertRecord = {
      // The suppression period's start is part of the id: a story alerting afresh months later gets a new one.
      alertId: alertIdFor(watch.id, `${event.storyId}@${openedAt}`, live?.alerts.length ?? 0),
      articleId: event.articleId,
      ingestedAt: event.ingestedAt,
      kind: live ? 'update' : 'alert',
      // Capped: a story naming a thousand new entities must not outgrow the state item.
      changes: changes.slice(0, MAX_CHANGES_SHOWN),
      changeCount: changes.length,
      route: routeAlert(watch, maxSeverity(matched), now),
      status: 'claimed',
      decidedAt: now.toISOString(),
    };
    const next: StoryAlertState = {
      watchId: watch.id,
      storyId: event.storyId,
      version: (stored?.version ?? 0) + 1,
      openedAt,
      baseline: mergeBaseline(live?.baseline, matched),
      alerts: [...(live?.alerts ?? []), record],
      expiresAt: Math.floor(now.getTime() / 1000) + deps.settings.suppressionDays * 86_400,
    };
    // The claim: whoever writes over the version both read decides; the other decides again on what won.
    if (await deps.states.put(next, stored?.version ?? 0)) return deliver(d, record, live?.alerts[0]?.alertId);
  }
  throw new AlertInProgressError(`the alert state of watch "${watch.id}" on story ${event.storyId} kept changing; the message will be retried`);
}

/** A redelivered message: finish what its first delivery started, or do nothing if it finished. */
async function resume(d: Decision, record: StoryAlertRecord, state: StoryAlertState): Promise<AlertOutcome> {
  const claimAge = d.now.getTime() - Date.parse(record.decidedAt);
  if (record.status === 'claimed' && claimAge < CLAIM_LEASE_SECONDS * 1000) {
    throw new AlertInProgressError(`alert ${record.alertId} is being delivered by another invocation`);
  }
  if (record.status === 'claimed' || record.status === 'failed') return deliver(d, record, state.alerts[0]?.alertId);
  return { watchId: d.watch.id, outcome: 'already-decided', alertId: record.alertId };
}

async function deliver(d: Decision, record: StoryAlertRecord, follows?: string): Promise<AlertOutcome> {
  const { watch, event, matched, deps, now } = d;
  // Read only once an alert is certain: repeats, the common case for syndicated stories, never pay for it.
  const alsoReportedBy = (await deps.stories.sources(event.storyId)).slice(0, STORY_SOURCES_SHOWN);
  const input: AlertInput = {
    watch,
    event,
    matched,
    alsoReportedBy,
    alertId: record.alertId,
    feedUrl: deps.feedUrls.get(event.source.id),
    ...(record.kind === 'update' ? { update: { changes: record.changes, total: record.changeCount, follows: follows ?? 'unknown' } } : {}),
  };
  const alert = composeAlert(input);
  let waitReason: WaitReason | undefined =
    record.route === 'queued' ? 'queued' : record.route === 'held' ? 'held' : undefined;
  if (!waitReason && watch.maxPerHour !== undefined) {
    const hour = latestHourlyTime(0, 'UTC', new Date(record.decidedAt)).toISOString().slice(0, 13);
    if (!(await deps.states.takeHourlySlot(watch.id, hour, watch.maxPerHour))) waitReason = 'rate-limited';
  }
  if (waitReason) {
    await deps.digests.addWaiting(digestItemOf(alert, input, waitReason, record.decidedAt));
    await complete(d, { ...record, status: 'waiting', waitReason });
    await deps.decisions.record(decisionFor(d, alert, waitReason, record, { channels: ['digest'] }));
    return { watchId: watch.id, outcome: waitReason, alertId: record.alertId };
  }

  let messageId: string;
  try {
    messageId = await deps.publisher.publish(alert);
  } catch (error) {
    // Kept claimed as `failed`: the retry resumes this alert with the same id instead of deciding afresh.
    const reason = error instanceof Error ? error.message : String(error);
    await complete(d, { ...record, status: 'failed' }).catch(() => undefined);
    await deps.decisions
      .record(decisionFor(d, alert, 'failed', record, { reason, decidedAt: now.toISOString(), channels: channelsOf(watch, alert) }))
      .catch(() => undefined);
    throw error;
  }
  const sentAt = deps.clock.now();
  // SNS has the alert: from here on only the record is retried, never the publish.
  await complete(d, { ...record, status: 'sent', messageId }, COMPLETION_ATTEMPTS);
  const outcome = record.kind === 'update' ? 'update-sent' : 'sent';
  await deps.decisions.record(decisionFor(d, alert, outcome, record, { snsMessageId: messageId, channels: channelsOf(watch, alert) }));
  return {
    watchId: watch.id,
    outcome,
    alertId: record.alertId,
    latency: {
      fromPublication: event.publishedAt ? seconds(sentAt.getTime() - Date.parse(event.publishedAt)) : undefined,
      fromFetch: seconds(sentAt.getTime() - Date.parse(event.fetchedAt ?? event.ingestedAt)),
    },
  };
}

/** Writes a record's new status into the story state, re-reading when another article's decision moved it on. */
async function complete(d: Decision, record: StoryAlertRecord, attempts = MAX_DECISION_ATTEMPTS): Promise<void> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const state = await d.deps.states.get(d.watch.id, d.event.storyId);
      if (!state) throw new Error(`the alert state of watch "${d.watch.id}" on story ${d.event.storyId} is gone`);
      const alerts = state.alerts.map((a) => (a.alertId === record.alertId ? record : a));
      if (await d.deps.states.put({ ...state, alerts, version: state.version + 1 }, state.version)) return;
    } catch (error) {
      lastError = error;
    }
  }
  throw new AlertCompletionError(
    `alert ${record.alertId} is ${record.status} but recording it failed ${attempts} times` +
      (lastError instanceof Error ? `: ${lastError.message}` : ''),
  );
}

/** Protocols that receive this alert: email always, SMS from the watch's minimum severity. */
const channelsOf = (watch: Watch, alert: Alert): string[] => [
  ...(watch.subscriptions.email.length > 0 ? ['email'] : []),
  ...(watch.subscriptions.sms.length > 0 &&
  (!watch.subscriptions.smsMinSeverity || severitiesFrom(watch.subscriptions.smsMinSeverity).includes(alert.attributes.severity))
    ? ['sms']
    : []),
];

function decisionFor(
  d: Decision,
  alert: Alert,
  outcome: DecisionOutcome,
  record: StoryAlertRecord,
  extra: Partial<AlertDecision> & { channels: string[] },
): AlertDecision {
  const decidedAt = extra.decidedAt ?? record.decidedAt;
  return {
    decisionId: decisionIdFor(record.alertId, outcome, outcome === 'failed' ? decidedAt : ''),
    watchId: d.watch.id,
    storyId: d.event.storyId,
    articleId: d.event.articleId,
    outcome,
    decidedAt,
    alertId: record.alertId,
    severity: alert.attributes.severity,
    ...decisionArticle(d.event),
    ...(record.changes.length > 0 ? { changes: record.changes.map(describeChange) } : {}),
    mentions: decisionMentions(d.matched),
    ...(d.event.taggerVersion ? { taggerVersion: d.event.taggerVersion } : {}),
    ...extra,
  };
}

/** Decisions that claim nothing (repeats, stale articles): audited, not delivered. */
async function recordUnclaimed(d: Decision, outcome: DecisionOutcome, reason: string, changes: MaterialChange[] = []): Promise<AlertOutcome> {
  await d.deps.decisions.record({
    decisionId: decisionIdFor(d.watch.id, d.event.articleId, outcome),
    watchId: d.watch.id,
    storyId: d.event.storyId,
    articleId: d.event.articleId,
    outcome,
    decidedAt: d.now.toISOString(),
    reason,
    severity: maxSeverity(d.matched),
    ...decisionArticle(d.event),
    ...(changes.length > 0 ? { changes: changes.slice(0, MAX_CHANGES_SHOWN).map(describeChange) } : {}),
    mentions: decisionMentions(d.matched),
    ...(d.event.taggerVersion ? { taggerVersion: d.event.taggerVersion } : {}),
    channels: [],
  });
  return { watchId: d.watch.id, outcome };
}

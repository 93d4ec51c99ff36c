import type { AlertDecisionLog, AlertPublisher, Clock, DigestRecord, DigestStore, StoryIndex } from '../ports.js';
import { dueDelivery } from '../watch/delivery.js';
import { composeDigest } from '../watch/digest.js';
import type { Watch } from '../watch/watch.js';
import { decisionIdFor } from './alert-decisions.js';

/** Waiting alerts one digest carries; more wait for the next one. */
export const MAX_DIGEST_ITEMS = 500;
/** A story's sources are counted up to this ("20 or more"): the count needs no unbounded read. */
export const SOURCE_COUNT_LIMIT = 20;
/** A claimed digest younger than this may still be publishing in another invocation. */
export const DIGEST_LEASE_SECONDS = 120;

export interface SendDigestsDeps {
  watches: readonly Watch[];
  stories: StoryIndex;
  digests: DigestStore;
  decisions: AlertDecisionLog;
  publisher: AlertPublisher;
  clock: Clock;
}

export type DigestOutcome =
  | { watchId: string; status: 'sent'; deliveryAt: string; digestId: string; items: number; stories: number }
  /** This delivery time's digest was already sent (the schedule fired twice), or another run is sending it. */
  | { watchId: string; status: 'already-sent' | 'in-progress'; deliveryAt: string }
  /** Publishing or storing failed; the next run resumes it. Other watches are not held up. */
  | { watchId: string; status: 'failed'; error: string };

/**
 * The scheduled side of alerting, run every few minutes: for each watch whose digest, roll-up or
 * quiet-hours end is due, sends one message with every alert waiting since, each story once. One
 * message per watch and delivery time however often the schedule fires: the delivery time keys a
 * claim. A run that stopped half-way is finished by the next before anything new is collected, so a
 * waiting alert goes out in exactly one digest.
 */
export async function sendDigests(deps: SendDigestsDeps): Promise<DigestOutcome[]> {
  const outcomes: DigestOutcome[] = [];
  for (const watch of deps.watches) {
    try {
      const outcome = await sendDigest(watch, deps);
      if (outcome) outcomes.push(outcome);
    } catch (error) {
      outcomes.push({ watchId: watch.id, status: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}

async function sendDigest(watch: Watch, deps: SendDigestsDeps): Promise<DigestOutcome | undefined> {
  const now = deps.clock.now();
  const due = dueDelivery(watch, now);
  if (!due) return undefined;
  const deliveryAt = due.toISOString();

  const latest = await deps.digests.latestDigest(watch.id);
  if (latest && latest.status !== 'done') {
    const finished = await finish(latest, deps, false);
    if (!finished) return { watchId: watch.id, status: 'in-progress', deliveryAt: latest.deliveryAt };
    if (latest.deliveryAt === deliveryAt) return sentOutcome(latest);
  }
  if (latest && latest.deliveryAt >= deliveryAt) return { watchId: watch.id, status: 'already-sent', deliveryAt };

  const items = await deps.digests.waiting(watch.id, deliveryAt, MAX_DIGEST_ITEMS);
  if (items.length === 0) return undefined;
  const sourceCounts = new Map<string, number>();
  for (const storyId of new Set(items.map((i) => i.storyId))) {
    sourceCounts.set(storyId, (await deps.stories.sources(storyId)).slice(0, SOURCE_COUNT_LIMIT).length);
  }
  const record: DigestRecord = {
    watchId: watch.id,
    deliveryAt,
    status: 'claimed',
    claimedAt: now.toISOString(),
    message: composeDigest({ watch, items, sourceCounts, sourceCountLimit: SOURCE_COUNT_LIMIT, deliveryAt: due }),
    items: items.map(({ alertId, decidedAt, storyId, articleId, reason }) => ({ alertId, decidedAt, storyId, articleId, reason })),
  };
  if (!(await deps.digests.claimDigest(record))) return { watchId: watch.id, status: 'already-sent', deliveryAt };
  await finish(record, deps, true);
  return sentOutcome(record);
}

const sentOutcome = (record: DigestRecord): DigestOutcome => ({
  watchId: record.watchId,
  status: 'sent',
  deliveryAt: record.deliveryAt,
  digestId: record.message.alertId,
  items: record.items.length,
  stories: record.message.storyIds.length,
});

/**
 * Publishes a claimed digest once, then clears and audits its items. False when another run's claim is
 * still fresh. The message is the one stored with the claim, so a resumed digest is the same digest.
 */
async function finish(record: DigestRecord, deps: SendDigestsDeps, ownClaim: boolean): Promise<boolean> {
  if (record.status === 'claimed') {
    const claimAge = deps.clock.now().getTime() - Date.parse(record.claimedAt);
    if (!ownClaim && claimAge < DIGEST_LEASE_SECONDS * 1000) return false;
    record.messageId = await deps.publisher.publish(record.message);
    record.status = 'sent';
    // SNS has it: only the record is written again if this fails, never the message.
    await retried(() => deps.digests.updateDigest(record));
  }
  if (record.status === 'sent') {
    for (const item of record.items) {
      await deps.decisions.record({
        decisionId: decisionIdFor(item.alertId, 'digested'),
        watchId: record.watchId,
        storyId: item.storyId,
        articleId: item.articleId,
        outcome: 'digested',
        decidedAt: record.deliveryAt,
        alertId: item.alertId,
        digestId: record.message.alertId,
        reason: `waited (${item.reason}) since ${item.decidedAt}`,
        severity: record.message.attributes.severity,
        mentions: [],
        channels: ['digest'],
        snsMessageId: record.messageId,
      });
    }
    await deps.digests.removeWaiting(record.watchId, record.items);
    record.status = 'done';
    await deps.digests.updateDigest(record);
  }
  return true;
}

const retried = async (write: () => Promise<void>, attempts = 3): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
};

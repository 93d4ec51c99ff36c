import { createHash } from 'node:crypto';
import { describeChange } from './changes.js';
import { deliveryName } from './delivery.js';
import {
  describePublished,
  provenanceLines,
  provenanceOf,
  showTitle,
  subjectPrefix,
  topMentions,
  type Alert,
  type AlertInput,
  type AlertMessage,
  type Provenance,
} from './alert.js';
import { capBytes, fitSms, MAX_EMAIL_BYTES, MAX_EVIDENCE_CHARS, MAX_LINK_CHARS, MAX_TITLE_CHARS, oneLine, snsSubject } from './message-text.js';
import { describeInstant } from './schedule.js';
import { SEVERITY_ORDER } from './severity.js';
import type { Severity, Watch } from './watch.js';

/** Stories a digest shows in full; the rest are counted. */
export const MAX_DIGEST_STORIES = 25;

/** Why an alert waits for a scheduled message rather than going out at once. */
export type WaitReason = 'queued' | 'held' | 'rate-limited';

/** An alert waiting for its watch's next digest or roll-up: what the digest needs, without reading the article again. */
export interface DigestItem {
  alertId: string;
  kind: 'alert' | 'update';
  watchId: string;
  storyId: string;
  articleId: string;
  /** One line, capped. */
  title: string;
  /** Empty when the link is too long to show. */
  url: string;
  provenance: Provenance;
  severity: Severity;
  category: string;
  countries: string[];
  /** The best mention in one line: "sanctions / imposed (asserted): "..."". */
  evidence: string;
  /** What an update added, in words. */
  changes: string[];
  published: string;
  reason: WaitReason;
  decidedAt: string;
}

/** A scheduled message: each story once, with its best evidence and how many sources report it. */
export interface Digest extends AlertMessage {
  kind: 'digest';
  storyIds: string[];
}

/** One digest per watch and delivery time: the id that makes a second firing of the schedule a no-op. */
export const digestIdFor = (watchId: string, deliveryAt: Date): string =>
  createHash('sha256').update(`${watchId}\ndigest\n${deliveryAt.toISOString()}`).digest('hex').slice(0, 12);

/** The waiting form of an alert that was composed but not sent. */
export function digestItemOf(alert: Alert, input: AlertInput, reason: WaitReason, decidedAt: string): DigestItem {
  const best = topMentions(input.matched)[0];
  const provenance = provenanceOf(input.event, input.feedUrl);
  return {
    alertId: alert.alertId,
    kind: alert.kind,
    watchId: alert.watchId,
    storyId: alert.storyId,
    articleId: alert.articleId,
    title: oneLine(input.event.title, MAX_TITLE_CHARS),
    url: input.event.url.length <= MAX_LINK_CHARS ? oneLine(input.event.url, MAX_LINK_CHARS) : '',
    provenance,
    severity: alert.attributes.severity,
    category: alert.attributes.category,
    countries: alert.attributes.countries,
    evidence: best
      ? `${best.category} / ${best.subtype} (${best.modality}, rule ${oneLine(best.ruleId, 100)}): "${oneLine(best.evidence.text, MAX_EVIDENCE_CHARS)}"`
      : '',
    changes: (input.update?.changes ?? []).slice(0, 10).map(describeChange),
    published: describePublished(input.event),
    reason,
    decidedAt,
  };
}

const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);

interface DigestStory {
  best: DigestItem;
  items: DigestItem[];
}

/** Each story once: its most severe item (the latest of equals), with every change any of its items brought. */
const storiesOf = (items: readonly DigestItem[]): DigestStory[] => {
  const byStory = new Map<string, DigestItem[]>();
  for (const item of items) byStory.set(item.storyId, [...(byStory.get(item.storyId) ?? []), item]);
  return [...byStory.values()]
    .map((storyItems) => ({
      items: storyItems,
      best: [...storyItems].sort((a, b) => rank(b.severity) - rank(a.severity) || b.decidedAt.localeCompare(a.decidedAt))[0]!,
    }))
    .sort((a, b) => rank(b.best.severity) - rank(a.best.severity) || a.best.decidedAt.localeCompare(b.best.decidedAt));
};

export interface DigestInput {
  watch: Watch;
  items: readonly DigestItem[];
  /** Sources per story, counted up to `sourceCountLimit`. */
  sourceCounts: ReadonlyMap<string, number>;
  sourceCountLimit: number;
  deliveryAt: Date;
}

const describeReasons = (items: readonly DigestItem[]): string => {
  const held = items.filter((i) => i.reason === 'held').length;
  const limited = items.filter((i) => i.reason === 'rate-limited').length;
  return [held && `${held} held in quiet hours`, limited && `${limited} past the hourly limit`].filter(Boolean).join(', ');
};

/** Builds a digest (or a roll-up of held and rate-limited alerts), within SNS limits whatever it holds. */
export function composeDigest(input: DigestInput): Digest {
  const { watch, items, deliveryAt } = input;
  const stories = storiesOf(items);
  const digestId = digestIdFor(watch.id, deliveryAt);
  const severity = stories[0]?.best.severity ?? 'low';
  const zone = watch.delivery.mode === 'realtime' ? (watch.quietHours?.timeZone ?? 'UTC') : watch.delivery.timeZone;
  const name = deliveryName(watch);
  const watchName = oneLine(watch.name, 200);
  const counts = SEVERITY_ORDER.toReversed()
    .map((s) => [s, stories.filter((story) => story.best.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  const reasons = describeReasons(items);
  const shown = stories.slice(0, MAX_DIGEST_STORIES);
  const showStory = ({ best, items: storyItems }: DigestStory, index: number): string[] => {
    const sources = input.sourceCounts.get(best.storyId) ?? 1;
    const changes = [...new Set(storyItems.flatMap((i) => i.changes))];
    return [
      '',
      `${index + 1}. [${best.severity.toUpperCase()}] ${showTitle(best.title, best.provenance)}`,
      `   ${best.evidence}`,
      ...(changes.length > 0 ? [`   Updated: ${oneLine(changes.join('; '), 600)}`] : []),
      `   Sources: ${sources >= input.sourceCountLimit ? `${input.sourceCountLimit} or more` : sources}`,
      ...provenanceLines(best.provenance, best.url || '(link too long to show)').map((line) => `   ${line}`),
      `   Published: ${best.published}`,
      `   Alert id: ${best.alertId}`,
    ];
  };
  const email = capBytes([
    `Alert id: ${digestId}`,
    `Watch: ${watchName}`,
    `${name[0]!.toUpperCase()}${name.slice(1)}, ${describeInstant(deliveryAt, zone)}`,
    `${stories.length} ${stories.length === 1 ? 'story' : 'stories'} (${counts})${reasons ? `; ${reasons}` : ''}`,
    ...shown.flatMap(showStory),
    ...(stories.length > shown.length ? ['', `...and ${stories.length - shown.length} more stories.`] : []),
    '',
    'A message with the same alert id is a repeat of this one.',
  ].join('\n'), MAX_EMAIL_BYTES);
  const top = stories[0]?.best;
  const sms = fitSms(
    `Tocsin ${name} ${watchName}: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'} (${counts}). Top: ${top?.title ?? ''}`,
    top?.url || undefined,
  );
  return {
    alertId: digestId,
    kind: 'digest',
    watchId: watch.id,
    storyIds: stories.map((s) => s.best.storyId),
    subject: snsSubject(subjectPrefix(digestId), `${name[0]!.toUpperCase()}${name.slice(1)} ${watchName}: ${stories.length} stories (${counts})`),
    email,
    sms,
    attributes: {
      category: [...new Set(items.flatMap((i) => i.category.split(',')))].join(','),
      countries: [...new Set(items.flatMap((i) => i.countries))],
      severity,
    },
  };
}

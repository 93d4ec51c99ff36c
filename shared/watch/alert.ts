import { createHash } from 'node:crypto';
import { countriesOf, type Actor, type Mention } from '../article/mention.js';
import type { ArticleTaggedEvent } from '../use-cases/article-tagged-event.js';
import type { StorySource } from '../ports.js';
import { describeChange, type MaterialChange } from './changes.js';
import {
  capBytes,
  fitSms,
  linkDomain,
  MAX_EMAIL_BYTES,
  MAX_EVIDENCE_CHARS,
  MAX_TITLE_CHARS,
  oneLine,
  showLink,
  snsSubject,
} from './message-text.js';
import { maxSeverity, severityOf, SEVERITY_ORDER } from './severity.js';
import type { Severity, Watch } from './watch.js';

/** Mentions an alert shows in full; the rest are counted. The top ones by severity, then confidence. */
export const MAX_MENTIONS_SHOWN = 5;
/** Changes an update shows in full; the rest are counted. */
export const MAX_CHANGES_SHOWN = 10;
/** Other sources of the story an alert lists ("also reported by"). */
export const MAX_SOURCES_SHOWN = 10;
/** Watch names and rule descriptions come from config; they are capped all the same. */
const MAX_WATCH_NAME_CHARS = 200;
const MAX_RULE_CHARS = 1_000;

export type AlertKind = 'alert' | 'update' | 'digest';

/** What SNS carries for every message, and what subscribers filter and de-duplicate on. */
export interface AlertMessage {
  /** Stable across retries: a subscriber that sees an id twice can drop the repeat. */
  alertId: string;
  kind: AlertKind;
  watchId: string;
  subject: string;
  email: string;
  sms: string;
  /** Subscribers filter on these (SNS message attributes). */
  attributes: { category: string; countries: string[]; severity: Severity };
}

/** One notification: a watch matched mentions of a story (a first alert), or a later article added to it (an update). */
export interface Alert extends AlertMessage {
  kind: 'alert' | 'update';
  storyId: string;
  articleId: string;
}

/** The id of the n-th alert (0: the first, then updates) a watch sends on a story. */
export const alertIdFor = (watchId: string, storyId: string, sequence: number): string =>
  createHash('sha256').update(`${watchId}\n${storyId}\n${sequence}`).digest('hex').slice(0, 12);

/** The prefix every subject starts with, so the id survives any truncation. */
export const subjectPrefix = (alertId: string): string => `[Tocsin ${alertId}] `;

const describeActor = (a: Actor): string =>
  a.kind === 'state'
    ? a.code
    : `${a.country ? `${a.name} (${a.country})` : a.name}${(a.sanctions ?? []).map((l) => ` [${l.list} ${l.id}: ${l.name}; ${l.programs.join(', ')}]`).join('')}`;
const describeActors = (actors: readonly Actor[]): string =>
  actors.length === 0 ? 'unknown' : oneLine(actors.map(describeActor).join(', '), 300);

const evidenceLine = (m: Mention): string => `"${oneLine(m.evidence.text, MAX_EVIDENCE_CHARS)}"`;

const describeMention = (m: Mention, index: number): string =>
  [
    `${index + 1}. ${m.category} / ${m.subtype} (${m.modality}, confidence ${m.confidence.toFixed(2)}, rule ${oneLine(m.ruleId, 100)})`,
    `   ${m.category === 'sanctions' ? 'Imposed by' : 'Deployed by'}: ${describeActors(m.agents)}`,
    `   ${m.category === 'sanctions' ? 'Target' : 'Destination'}: ${describeActors(m.patients)}`,
    `   Evidence: ${evidenceLine(m)}`,
  ].join('\n');

/** The mentions to show first: most severe, then most confident. */
export const topMentions = (mentions: readonly Mention[]): Mention[] =>
  [...mentions].sort(
    (a, b) => SEVERITY_ORDER.indexOf(severityOf(b)) - SEVERITY_ORDER.indexOf(severityOf(a)) || b.confidence - a.confidence,
  );

/** The rule a watch applies, in words, so a reader knows why the alert reached them. */
export const describeWatchRule = (watch: Watch): string =>
  [
    `categories ${watch.categories.join('/')}`,
    watch.subtypes && `subtypes ${watch.subtypes.join('/')}`,
    watch.agents && `by ${watch.agents.join('/')}`,
    watch.patients && `on or in ${watch.patients.join('/')}`,
    watch.countries && `involving ${watch.countries.join('/')}`,
    watch.abroad && 'across a border',
    `modality ${watch.modalities.join('/')}`,
    `confidence ≥ ${watch.minConfidence}`,
  ]
    .filter(Boolean)
    .join(', ');

/**
 * Where an article came from, as a reader should judge it: the feed's domain (from our own config, not
 * from the feed) and the link's. A link off the feed's domain is how a hostile or hijacked feed would push
 * a phishing page through a trusted channel, so it is marked.
 */
export interface Provenance {
  sourceName: string;
  feedDomain?: string;
  linkDomain?: string;
  offSite: boolean;
}

export function provenanceOf(event: Pick<ArticleTaggedEvent, 'source' | 'url'>, feedUrl: string | undefined): Provenance {
  const feedDomain = feedUrl ? linkDomain(feedUrl) : undefined;
  const link = linkDomain(event.url);
  return {
    sourceName: oneLine(event.source.name, 200),
    feedDomain,
    linkDomain: link,
    offSite: feedDomain !== undefined && link !== feedDomain,
  };
}

/** The source and link lines of an email. */
export const provenanceLines = (p: Provenance, url: string): string[] => [
  `Source: ${p.sourceName}`,
  p.feedDomain ? `Feed domain: ${p.feedDomain}` : 'Feed: none (submitted through the API or an import)',
  `Link: ${showLink(url)}`,
  `Link domain: ${p.linkDomain ?? 'unknown'}`,
  ...(p.offSite ? [`WARNING: this link is on ${p.linkDomain}, not on the feed's own domain ${p.feedDomain}. Check it before you trust it.`] : []),
];

/** How a headline is shown: on one line, capped, and marked when its link leaves the feed's domain. */
export const showTitle = (title: string, p: Pick<Provenance, 'offSite'>): string =>
  `${p.offSite ? '[off-site link] ' : ''}${oneLine(title, MAX_TITLE_CHARS)}`;

/** "2019-03-26T08:00:00Z", or that the date is unknown and which time freshness was judged by. */
export const describePublished = (event: Pick<ArticleTaggedEvent, 'publishedAt' | 'fetchedAt' | 'ingestedAt'>): string =>
  event.publishedAt ?? `unknown (the source gave no date; fetched ${event.fetchedAt ?? event.ingestedAt})`;

export interface AlertInput {
  watch: Watch;
  event: ArticleTaggedEvent;
  /** The mentions of the article the watch matched. */
  matched: readonly Mention[];
  /** The story's sources, as the story index lists them (bounded by its caller). */
  alsoReportedBy: readonly StorySource[];
  alertId: string;
  /** The configured feed the article came from, when it came from one. */
  feedUrl?: string;
  /** For an update: what the article adds (the first few, and how many in all), and the alert it follows. */
  update?: { changes: readonly MaterialChange[]; total?: number; follows: string };
}

const showChange = (change: MaterialChange): string[] => [
  `- ${describeChange(change)}`,
  `    Now:    "${oneLine(change.now, MAX_EVIDENCE_CHARS)}"`,
  ...(change.before ? [`    Before: "${oneLine(change.before, MAX_EVIDENCE_CHARS)}"`] : []),
];

/** Builds the email, SMS and filter attributes of a first alert or an update, within SNS limits whatever the input. */
export function composeAlert(input: AlertInput): Alert {
  const { watch, event, matched, alertId, update } = input;
  const severity = maxSeverity(matched);
  const countries = [...new Set(matched.flatMap((m) => [...countriesOf(m.agents), ...countriesOf(m.patients)]))];
  const categories = [...new Set(matched.map((m) => m.category))];
  const others = input.alsoReportedBy.filter((s) => s.articleId !== event.articleId);
  const shown = topMentions(matched).slice(0, MAX_MENTIONS_SHOWN);
  const provenance = provenanceOf(event, input.feedUrl);
  const watchName = oneLine(watch.name, MAX_WATCH_NAME_CHARS);
  const changes = update?.changes ?? [];
  const changeCount = Math.max(update?.total ?? 0, changes.length);
  const email = capBytes([
    `Alert id: ${alertId}${update ? ` (an update to alert ${update.follows})` : ''}`,
    `Watch: ${watchName}`,
    `Rule matched: ${oneLine(describeWatchRule(watch), MAX_RULE_CHARS)}`,
    `Severity: ${severity}`,
    ...(update
      ? [
          '',
          'What changed:',
          ...changes.slice(0, MAX_CHANGES_SHOWN).flatMap(showChange),
          ...(changeCount > Math.min(changes.length, MAX_CHANGES_SHOWN)
            ? [`...and ${changeCount - Math.min(changes.length, MAX_CHANGES_SHOWN)} more changes.`]
            : []),
        ]
      : []),
    '',
    showTitle(event.title, provenance),
    ...provenanceLines(provenance, event.url),
    `Published: ${describePublished(event)}`,
    '',
    matched.length > shown.length ? `Mentions (the top ${shown.length} of ${matched.length}):` : 'Mentions:',
    ...shown.map(describeMention),
    ...(others.length > 0
      ? [
          '',
          'Also reported by:',
          ...others.slice(0, MAX_SOURCES_SHOWN).map((s) => `- ${oneLine(s.sourceName, 200)}: ${showLink(s.url)}`),
          ...(others.length > MAX_SOURCES_SHOWN ? [`...and ${others.length - MAX_SOURCES_SHOWN} more.`] : []),
        ]
      : []),
    '',
    `A message with the same alert id is a repeat of this one.`,
  ].join('\n'), MAX_EMAIL_BYTES);
  const first = shown[0];
  const what = update
    ? `${changes.slice(0, 3).map(describeChange).join('; ')}. `
    : first
      ? `${describeActors(first.agents)} ${first.subtype} ${describeActors(first.patients)}. `
      : '';
  const sms = fitSms(
    `Tocsin ${update ? 'UPDATE ' : ''}${severity.toUpperCase()}${provenance.offSite ? ' CHECK LINK' : ''} ${watchName}: ${what}${event.title}`,
    event.url,
  );
  return {
    alertId,
    kind: update ? 'update' : 'alert',
    watchId: watch.id,
    storyId: event.storyId,
    articleId: event.articleId,
    subject: snsSubject(subjectPrefix(alertId), `${update ? 'UPDATE ' : ''}${watchName}: ${showTitle(event.title, provenance)}`),
    email,
    sms,
    attributes: { category: categories.join(','), countries, severity },
  };
}

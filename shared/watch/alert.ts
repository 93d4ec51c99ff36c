import { countriesOf, type Actor, type Mention } from '../article/mention.js';
import type { ArticleTaggedEvent } from '../use-cases/article-tagged-event.js';
import type { StorySource } from '../ports.js';
import { maxSeverity } from './severity.js';
import type { Severity, Watch } from './watch.js';

/** SMS bodies are cut to one GSM segment. */
export const SMS_MAX_CHARS = 160;

/** One notification: a watch matched mentions of a story. */
export interface Alert {
  watchId: string;
  storyId: string;
  articleId: string;
  subject: string;
  email: string;
  sms: string;
  /** Subscribers filter on these (SNS message attributes). */
  attributes: { category: string; countries: string[]; severity: Severity };
}

const describeActor = (a: Actor): string =>
  a.kind === 'state'
    ? a.code
    : `${a.country ? `${a.name} (${a.country})` : a.name}${(a.sanctions ?? []).map((l) => ` [${l.list} ${l.id}: ${l.name}; ${l.programs.join(', ')}]`).join('')}`;
const describeActors = (actors: readonly Actor[]): string =>
  actors.length === 0 ? 'unknown' : actors.map(describeActor).join(', ');

const describeMention = (m: Mention, index: number): string =>
  [
    `${index + 1}. ${m.category} / ${m.subtype} (${m.modality}, confidence ${m.confidence.toFixed(2)})`,
    `   ${m.category === 'sanctions' ? 'Imposed by' : 'Deployed by'}: ${describeActors(m.agents)}`,
    `   ${m.category === 'sanctions' ? 'Target' : 'Destination'}: ${describeActors(m.patients)}`,
    `   Evidence: "${m.evidence.text.trim()}"`,
  ].join('\n');

/**
 * Plain ASCII on one line: typographic quotes, dashes and ellipses become their plain forms,
 * accents are dropped. SNS subjects must be printable ASCII, and an SMS with any character outside
 * the GSM alphabet is sent as UCS-2, where one segment holds 70 characters instead of 160.
 */
const plainAscii = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7E]/g, '')
    .trim();

const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 3).trimEnd()}...`;

/** SNS subjects must be printable ASCII without line breaks and under 100 characters. */
const snsSubject = (text: string): string => truncate(plainAscii(text), 99);

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

/** Builds the email, SMS and filter attributes for the mentions a watch matched in an article. */
export function composeAlert(
  watch: Watch,
  event: ArticleTaggedEvent,
  matched: readonly Mention[],
  alsoReportedBy: readonly StorySource[],
): Alert {
  const severity = maxSeverity(matched);
  const countries = [...new Set(matched.flatMap((m) => [...countriesOf(m.agents), ...countriesOf(m.patients)]))];
  const categories = [...new Set(matched.map((m) => m.category))];
  const others = alsoReportedBy.filter((s) => s.articleId !== event.articleId);
  const email = [
    `Watch: ${watch.name}`,
    `Rule matched: ${describeWatchRule(watch)}`,
    `Severity: ${severity}`,
    '',
    event.title,
    `Source: ${event.source.name}`,
    `Published: ${event.publishedAt ?? `unknown (received ${event.ingestedAt})`}`,
    `Link: ${event.url}`,
    '',
    'Mentions:',
    ...matched.map(describeMention),
    ...(others.length > 0
      ? ['', 'Also reported by:', ...others.map((s) => `- ${s.sourceName}: ${s.url}`)]
      : []),
  ].join('\n');
  const first = matched[0];
  const smsText = plainAscii(
    `Tocsin ${severity.toUpperCase()} ${watch.name}: ${
      first ? `${describeActors(first.agents)} ${first.subtype} ${describeActors(first.patients)}. ` : ''
    }${event.title}`,
  );
  // The link matters more than the end of the title, so the text is what gets cut; a link too long
  // to leave room for any text is dropped instead.
  const smsLink = ` ${event.url}`;
  const sms =
    smsLink.length + 40 <= SMS_MAX_CHARS
      ? truncate(smsText, SMS_MAX_CHARS - smsLink.length) + smsLink
      : truncate(smsText, SMS_MAX_CHARS);
  return {
    watchId: watch.id,
    storyId: event.storyId,
    articleId: event.articleId,
    subject: snsSubject(`[Tocsin] ${watch.name}: ${event.title}`),
    email,
    sms,
    attributes: { category: categories.join(','), countries, severity },
  };
}

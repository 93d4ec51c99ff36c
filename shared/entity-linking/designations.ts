import type { ListDiff } from '../sanctions-lists/diff.js';
import type { ListEntry, ListId, SanctionsList } from '../sanctions-lists/list.js';
import { buildSanctionsIndex } from '../sanctions-lists/sanctions-index.js';
import type { AlertPublisher, ArticleNaming, NamedPartyIndex } from '../ports.js';
import { alertIdFor, subjectPrefix, type AlertMessage } from '../watch/alert.js';
import type { Watch } from '../watch/watch.js';
import { matchName } from './match-name.js';
import { entryKeys } from './named-parties.js';

/** How far back a new designation is looked up in stored articles. */
export const DESIGNATION_LOOKBACK_DAYS = 90;

const LIST_TITLES: Readonly<Record<ListId, string>> = { 'us-ofac-sdn': 'the OFAC SDN list' };

/** A designation a list version added, with the stored articles that named the party before. */
export interface Designation {
  list: ListId;
  entry: ListEntry;
  priorArticles: ArticleNaming[];
}

/** Upper-case keys a watch's `entities` may name an entry by: list, entry, programs, name, aliases. */
const entryScopeKeys = (list: ListId, entry: ListEntry): string[] =>
  [list, `${list}:${entry.id}`, ...entry.programs, entry.name, ...entry.aliases.map((a) => a.name)].map((k) => k.toUpperCase());

/** Whether a watch asks for this designation: it wants designation alerts, the entry is in its scope, and enough articles named it. */
export const wantsDesignation = (watch: Watch, designation: Designation): boolean =>
  watch.designations !== undefined &&
  designation.priorArticles.length >= watch.designations.minArticles &&
  (watch.entities === undefined || entryScopeKeys(designation.list, designation.entry).some((k) => watch.entities?.includes(k)));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The email, SMS and filter attributes of a designation alert. Its alert id is derived from the watch
 * and the designation, so a refresh retried after a crash sends the same id and subscribers that
 * de-duplicate on it see the alert once.
 */
export function composeDesignationAlert(watch: Watch, { list, entry, priorArticles }: Designation): AlertMessage {
  const title = LIST_TITLES[list];
  const alertId = alertIdFor(watch.id, `designation:${list}:${entry.id}`, 0);
  const identity = `${list} ${entry.id}, ${entry.programs.join(', ') || 'no program'}`;
  const email = [
    `Watch: ${watch.name}`,
    `Alert id: ${alertId}`,
    `New designation: ${entry.name} (${entry.type}) added to ${title}`,
    `List entry: ${identity}`,
    ...(entry.aliases.length > 0 ? [`Also known as: ${entry.aliases.map((a) => a.name).join('; ')}`] : []),
    ...(entry.linkedTo.length > 0 ? [`Linked to: ${entry.linkedTo.join('; ')}`] : []),
    '',
    priorArticles.length === 0
      ? `Named in no stored article of the last ${DESIGNATION_LOOKBACK_DAYS} days.`
      : `Named in ${plural(priorArticles.length, 'article')} of the last ${DESIGNATION_LOOKBACK_DAYS} days before designation:`,
    ...priorArticles.map((a) => `- ${a.publishedAt ?? a.ingestedAt} ${a.sourceName}: ${a.title} ("${a.name}") ${a.url}`),
  ].join('\n');
  return {
    alertId,
    kind: 'alert',
    watchId: watch.id,
    subject: `${subjectPrefix(alertId)}${watch.name}: ${entry.name} added to ${title}`.replace(/[^\x20-\x7E]/g, '').slice(0, 99),
    email,
    sms: `Tocsin: ${entry.name} added to ${title} (${identity}); named in ${plural(priorArticles.length, 'article')} before`.slice(0, 160),
    attributes: { category: 'sanctions', countries: entry.countries, severity: priorArticles.length > 0 ? 'high' : 'medium' },
  };
}

export interface DesignationDeps {
  names: NamedPartyIndex;
  watches: readonly Watch[];
  publisher: AlertPublisher;
}

/**
 * Each designation a list update added, with the stored articles of the last 90 days that named
 * the party (recorded names re-checked with the linker's own rules, without the clause's
 * countries), and a designation alert to every watch that asks for it.
 */
export async function reportDesignations(
  diff: ListDiff,
  list: Pick<SanctionsList, 'commonWords'>,
  now: Date,
  deps: DesignationDeps,
): Promise<{ designations: Designation[]; alerts: { watchId: string; entryId: string; alertId: string; messageId: string }[] }> {
  const since = new Date(now.getTime() - DESIGNATION_LOOKBACK_DAYS * 86_400_000).toISOString();
  const added = buildSanctionsIndex({ list: diff.list, version: diff.to, entries: diff.added, commonWords: list.commonWords });
  const designations: Designation[] = [];
  for (const entry of diff.added) {
    const keys = entryKeys(entry, added.isCommonWord);
    const named = keys.length === 0 ? [] : await deps.names.articlesNaming(keys, since);
    const confirmed = named.filter((a) =>
      matchName(added, a.name.split(/\s+/), { countries: new Set(), vesselCue: true }).some((m) => m.entry.id === entry.id),
    );
    const priorArticles = confirmed.filter((a, i) => confirmed.findIndex((b) => b.articleId === a.articleId) === i);
    designations.push({ list: diff.list, entry, priorArticles });
  }
  const alerts: { watchId: string; entryId: string; alertId: string; messageId: string }[] = [];
  for (const designation of designations) {
    for (const watch of deps.watches.filter((w) => wantsDesignation(w, designation))) {
      const message = composeDesignationAlert(watch, designation);
      alerts.push({ watchId: watch.id, entryId: designation.entry.id, alertId: message.alertId, messageId: await deps.publisher.publish(message) });
    }
  }
  return { designations, alerts };
}

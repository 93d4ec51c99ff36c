import { createHash } from 'node:crypto';
import type { KeptEntry } from './entry-submission.js';
import { MAX_FEED_ENTRIES } from './feed-limits.js';

/**
 * Entries remembered per feed: twice what one poll takes, so an entry that drops off a busy feed
 * for a poll or two is still known when it comes back. At ~30 bytes each the memory stays far
 * under DynamoDB's item limit.
 */
export const MAX_SEEN_ENTRIES = 2 * MAX_FEED_ENTRIES;

const digest = (text: string, hexChars: number) => createHash('sha256').update(text).digest('hex').slice(0, hexChars);

/** What identifies an entry across polls: its id, or its link when it has none. */
export const entryIdentity = (entry: KeptEntry): string => digest(entry.id ?? entry.submission.url, 16);

/** What changes when the entry is edited: its update time, title or body. */
export const entryVersion = (entry: KeptEntry): string =>
  digest([entry.updated ?? '', entry.submission.title, entry.submission.body ?? ''].join('\n'), 12);

export interface SeenEntriesUpdate {
  /** Entries new since the remembered polls, or changed since (a new update time, title or body). */
  fresh: { entry: KeptEntry; changed: boolean }[];
  unchanged: number;
  /** The memory to store: this poll's entries first, then older ones, up to `MAX_SEEN_ENTRIES`. */
  seenEntries: string[];
}

/**
 * Compares a poll's entries with the ones remembered from earlier polls. Linear in both lists.
 *
 * @example
 *   const { fresh, seenEntries } = compareWithSeen(parsed.entries, previous.seenEntries);
 */
export function compareWithSeen(entries: readonly KeptEntry[], remembered: readonly string[] = []): SeenEntriesUpdate {
  const versions = new Map(remembered.map((key) => key.split('=') as [string, string]));
  const current = new Map<string, string>();
  const fresh: SeenEntriesUpdate['fresh'] = [];
  let unchanged = 0;
  for (const entry of entries) {
    const identity = entryIdentity(entry);
    const version = entryVersion(entry);
    // A feed that lists one entry twice sends it once.
    if (current.has(identity)) continue;
    current.set(identity, version);
    const before = versions.get(identity);
    if (before === version) unchanged++;
    else fresh.push({ entry, changed: before !== undefined });
  }
  const older = remembered.filter((key) => !current.has(key.split('=')[0]!));
  const seenEntries = [...[...current].map(([identity, version]) => `${identity}=${version}`), ...older].slice(0, MAX_SEEN_ENTRIES);
  return { fresh, unchanged, seenEntries };
}

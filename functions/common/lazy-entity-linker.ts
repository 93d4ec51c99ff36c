import type { Mention } from '../../shared/article/mention.js';
import { hasNameCandidates, linkMentions } from '../../shared/entity-linking/link-mentions.js';
import type { SanctionsList } from '../../shared/sanctions-lists/list.js';
import { buildSanctionsIndex, type SanctionsIndex } from '../../shared/sanctions-lists/sanctions-index.js';
import type { EntityLinker } from '../../shared/ports.js';

export interface LazyEntityLinkerOptions {
  /** Reads the current list; undefined while none has been stored yet. */
  load(): Promise<SanctionsList | undefined>;
  /** A warm container re-reads the list this often, so a refreshed list reaches it within the hour. */
  maxAgeMs?: number;
  now?: () => number;
}

/**
 * Links with a list read on the first mention that names a party, not at start-up: the container's
 * cold start does not grow, and articles without named parties never wait for the list. The index is
 * kept for `maxAgeMs`. A failed read fails the article (the queue retries it); while no list is
 * stored yet, articles are stored unlinked.
 */
export function createLazyEntityLinker(options: LazyEntityLinkerOptions): EntityLinker {
  const maxAgeMs = options.maxAgeMs ?? 3_600_000;
  const now = options.now ?? Date.now;
  let cached: { index: SanctionsIndex | undefined; at: number } | undefined;
  let loading: Promise<SanctionsIndex | undefined> | undefined;
  const index = async (): Promise<SanctionsIndex | undefined> => {
    if (cached && now() - cached.at < maxAgeMs) return cached.index;
    loading ??= options
      .load()
      .then((list) => {
        const built = list ? buildSanctionsIndex(list) : undefined;
        // No list yet (first deploy, before the first refresh): try again in a minute rather than an hour.
        cached = { index: built, at: built ? now() : now() - maxAgeMs + 60_000 };
        return built;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };
  return {
    async link(text: string, mentions: readonly Mention[]): Promise<Mention[]> {
      if (!hasNameCandidates(text, mentions)) return [...mentions];
      const loaded = await index();
      return loaded ? linkMentions(loaded, text, mentions) : [...mentions];
    },
  };
}

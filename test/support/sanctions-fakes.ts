import type { ListDiff } from '../../shared/sanctions-lists/diff.js';
import type { ListId } from '../../shared/sanctions-lists/list.js';
import type { ArticleNaming, NamedPartyIndex, SanctionsListStore, StoredList } from '../../shared/ports.js';
import { namedParties } from '../../shared/entity-linking/named-parties.js';

/** A list store in memory: the current version per list and every diff recorded. */
export class InMemorySanctionsListStore implements SanctionsListStore {
  readonly lists = new Map<ListId, StoredList>();
  readonly diffs: ListDiff[] = [];
  async current(list: ListId) {
    return this.lists.get(list);
  }
  async replace(stored: StoredList) {
    this.lists.set(stored.list.list, stored);
  }
  async recordDiff(diff: ListDiff) {
    this.diffs.push(diff);
  }
}

/** The name index in memory, with the DynamoDB adapter's keys (namedParties) and window semantics. */
export class InMemoryNamedPartyIndex implements NamedPartyIndex {
  private readonly items: { key: string; naming: ArticleNaming }[] = [];
  async record(article: Parameters<NamedPartyIndex['record']>[0]) {
    for (const { name, keys } of namedParties(article.text, article.mentions)) {
      for (const key of keys) {
        this.items.push({
          key,
          naming: { articleId: article.id, title: article.title, url: article.url, sourceName: article.source.name, publishedAt: article.publishedAt, ingestedAt: article.ingestedAt, name },
        });
      }
    }
  }
  async articlesNaming(keys: readonly string[], since: string) {
    const found = this.items.filter((i) => keys.includes(i.key) && i.naming.ingestedAt >= since).map((i) => i.naming);
    return found
      .filter((n, i) => found.findIndex((o) => o.articleId === n.articleId && o.name === n.name) === i)
      .sort((a, b) => b.ingestedAt.localeCompare(a.ingestedAt));
  }
}

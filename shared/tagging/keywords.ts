import { literalHeads } from './regex-heads.js';
import type { WordHits } from './word-starts.js';

interface Keyword {
  /** Tried exactly where one of its heads was found, so the regex never scans the sentence itself. */
  sticky: RegExp;
  lists: number[];
}

/**
 * Which of several keyword lists (`(?<![a-z])(?:k1|k2|...)`, case-insensitive) occur in a text,
 * from the word starts one scan found: only keywords with a head there are tried, anchored at it.
 * Testing each list's regex on each flagged sentence cost more than the first pass over the
 * whole article.
 */
export class KeywordLists {
  /** For each head id, the keywords starting with it. */
  private readonly byHead: Keyword[][] = [];
  /** Lists with a keyword of no literal head: tested with their own regex. */
  private readonly unindexed: { list: number; regex: RegExp }[] = [];

  /** `headId` gives the id under which the sentence scan reports a head. */
  constructor(lists: readonly (readonly string[])[], headId: (head: string) => number) {
    const keywords = new Map<string, Keyword>();
    lists.forEach((sources, list) => {
      const heads = sources.map(literalHeads);
      if (heads.some((h) => h === undefined)) {
        this.unindexed.push({ list, regex: new RegExp(`(?<![a-z])(?:${sources.join('|')})`, 'i') });
        return;
      }
      sources.forEach((source, k) => {
        let keyword = keywords.get(source);
        if (!keyword) {
          keywords.set(source, (keyword = { sticky: new RegExp(`(?:${source})`, 'iy'), lists: [] }));
          for (const head of heads[k] ?? []) (this.byHead[headId(head)] ??= []).push(keyword);
        }
        if (!keyword.lists.includes(list)) keyword.lists.push(list);
      });
    });
  }

  /** Number of lists that have a keyword with no literal head; the detect test keeps it at zero. */
  get unindexedCount(): number {
    return this.unindexed.length;
  }

  /** `present[i]` set to true for every list `i` with a keyword in `text`, whose word starts are `hits`. */
  markPresent(text: string, hits: WordHits, present: boolean[]): void {
    for (let h = 0; h < hits.word.length; h++) {
      for (const keyword of this.byHead[hits.word[h] as number] ?? []) {
        if (keyword.lists.every((l) => present[l])) continue;
        keyword.sticky.lastIndex = hits.at[h] as number;
        if (keyword.sticky.test(text)) for (const l of keyword.lists) present[l] = true;
      }
    }
    for (const { list, regex } of this.unindexed) if (!present[list] && regex.test(text)) present[list] = true;
  }
}

import type { Article } from '../article/article.js';
import type { StoryIndex, StorySource } from '../ports.js';
import { isNearDuplicate, lookupKeys, similarity } from './fingerprint.js';

/** An earlier article found under one of the new article's lookup keys. */
export interface StoryCandidate {
  articleId: string;
  storyId: string;
  fingerprint: string;
}

/**
 * The story of the near-duplicate candidate most similar to `fp`, or undefined when none is within
 * the threshold. Ties go to the smallest article id, so every adapter picks the same story
 * whatever order its store returns candidates in.
 */
export function chooseStory(fp: string, candidates: Iterable<StoryCandidate>): string | undefined {
  let best: { candidate: StoryCandidate; score: number } | undefined;
  for (const candidate of candidates) {
    if (!isNearDuplicate(fp, candidate.fingerprint)) continue;
    const score = similarity(fp, candidate.fingerprint);
    const better =
      !best || score > best.score || (score === best.score && candidate.articleId < best.candidate.articleId);
    if (better) best = { candidate, score };
  }
  return best?.candidate.storyId;
}

type IndexedArticle = Pick<Article, 'id' | 'storyId' | 'fingerprint' | 'url' | 'source'>;

/**
 * Story index held in memory, for tests and the dedupe bench. Candidate
 * selection is the DynamoDB adapter's: articles sharing a lookup key, matched with `chooseStory`.
 * The synchronous `storyFor`/`record` serve callers that are not async (the bench).
 */
export class InMemoryStoryIndex implements StoryIndex {
  private readonly byLookupKey = new Map<string, StoryCandidate[]>();
  private readonly sourcesByStory = new Map<string, Map<string, StorySource>>();

  /** The candidates examined for `fp`, each once (an article is filed under several keys). */
  candidatesFor(fp: string): StoryCandidate[] {
    const unique = new Map<string, StoryCandidate>();
    for (const key of lookupKeys(fp)) {
      for (const candidate of this.byLookupKey.get(key) ?? []) unique.set(candidate.articleId, candidate);
    }
    return [...unique.values()];
  }

  storyFor(fp: string): string | undefined {
    return chooseStory(fp, this.candidatesFor(fp));
  }

  /** Idempotent: recording the same article again changes nothing. */
  record(article: IndexedArticle): void {
    const candidate: StoryCandidate = { articleId: article.id, storyId: article.storyId, fingerprint: article.fingerprint };
    for (const key of lookupKeys(article.fingerprint)) {
      const filed = this.byLookupKey.get(key) ?? [];
      if (!filed.some((c) => c.articleId === article.id)) filed.push(candidate);
      this.byLookupKey.set(key, filed);
    }
    const sources = this.sourcesByStory.get(article.storyId) ?? new Map<string, StorySource>();
    sources.set(article.id, { articleId: article.id, sourceName: article.source.name, url: article.url });
    this.sourcesByStory.set(article.storyId, sources);
  }

  async findStory(fp: string): Promise<string | undefined> {
    return this.storyFor(fp);
  }

  async add(article: IndexedArticle): Promise<void> {
    this.record(article);
  }

  async sources(storyId: string): Promise<StorySource[]> {
    return [...(this.sourcesByStory.get(storyId)?.values() ?? [])];
  }
}

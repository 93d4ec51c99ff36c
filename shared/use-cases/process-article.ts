import { MAX_ARTICLE_CHARS, type Article, type ArticleSubmission } from '../article/article.js';
import { stripScrapeArtefacts } from '../article/clean-text.js';
import { extractArticle } from '../article/extract.js';
import { htmlToText } from '../article/html-to-text.js';
import { countriesOf, type Category } from '../article/mention.js';
import { articleIdFor, canonicalUrl } from '../dedupe/canonical-url.js';
import { contentHash } from '../dedupe/content-hash.js';
import { fingerprint } from '../dedupe/fingerprint.js';
import { InvalidArticleError } from '../errors.js';
import type { ArticleStore, Clock, EntityLinker, NamedPartyIndex, PageFetcher, StoryIndex, TaggedEventBus } from '../ports.js';
import { isAlertable, tagText } from '../tagging/index.js';
import { articleTaggedEvent } from './article-tagged-event.js';

export interface ProcessArticleDeps {
  articles: ArticleStore;
  stories: StoryIndex;
  events: TaggedEventBus;
  pages: PageFetcher;
  clock: Clock;
  /** Links named parties to sanctions lists and records them for designation look-backs; absent, mentions stay unlinked. */
  entities?: { linker: EntityLinker; names: NamedPartyIndex };
}

/** Below this, equal texts are too likely to be different articles ("Live updates") to count as copies. */
const MIN_CONTENT_HASH_CHARS = 200;

export type ProcessOutcome =
  | { kind: 'stored'; article: Article; nearDuplicate: boolean }
  | { kind: 'duplicate'; articleId: string; of: string; by: 'url' | 'content' };

async function articleText(submission: ArticleSubmission, pages: PageFetcher): Promise<string> {
  const given = submission.body === undefined ? '' : submission.bodyFormat === 'html' ? htmlToText(submission.body) : submission.body;
  if (!submission.summaryOnly && given.length > 0) return given;
  try {
    const page = await pages.fetchPage(submission.url);
    const extracted = extractArticle(page.html, page.finalUrl).text;
    return extracted.length > given.length ? extracted : given;
  } catch (error) {
    // The summary is still worth tagging when the page cannot be fetched; only an empty article fails.
    if (given.length > 0) return given;
    throw error;
  }
}

/**
 * Normalises, deduplicates, tags and stores one article, then tells alerting about its mentions.
 * Safe to retry: a message that failed halfway completes on redelivery without a second row, and
 * alerting suppresses the repeated event.
 */
export async function processArticle(submission: ArticleSubmission, deps: ProcessArticleDeps): Promise<ProcessOutcome> {
  const canonical = canonicalUrl(submission.url);
  const id = articleIdFor(canonical);
  const existing = await deps.articles.get(id);
  if (existing) return { kind: 'duplicate', articleId: id, of: existing.id, by: 'url' };

  const text = stripScrapeArtefacts(await articleText(submission, deps.pages)).trim();
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new InvalidArticleError(`body: ${text.length} characters, over the ${MAX_ARTICLE_CHARS}-character limit (${submission.url})`);
  }
  const taggedText = text.length > 0 ? text : submission.title;
  const hash = contentHash(taggedText);
  // A text this short (often just a title) says too little to call another article a copy of it.
  const claim = await deps.articles.claim({
    id,
    canonicalUrl: canonical,
    contentHash: taggedText.length >= MIN_CONTENT_HASH_CHARS ? hash : undefined,
  });
  if (claim.kind === 'duplicate') return { kind: 'duplicate', articleId: id, of: claim.of, by: claim.by };

  const print = fingerprint(taggedText);
  const earlierStory = await deps.stories.findStory(print);
  const now = deps.clock.now().toISOString();
  const { publishedAt } = submission;
  // Every mention is stored and sent on, whatever its modality or confidence: watches choose
  // (a watch may opt in to planned deployments or to a lower confidence than the default).
  // An undated article is tagged without a date rather than as if published today.
  const tagged = tagText(taggedText, publishedAt ? { year: Number(publishedAt.slice(0, 4)) } : {});
  const mentions = deps.entities ? await deps.entities.linker.link(taggedText, tagged) : tagged;
  const alertable = mentions.filter((m) => isAlertable(m));
  const article: Article = {
    id,
    url: submission.url,
    canonicalUrl: canonical,
    title: submission.title,
    text: taggedText,
    source: submission.source,
    publishedAt,
    fetchedAt: submission.fetchedAt,
    ingestedAt: now,
    contentHash: hash,
    fingerprint: print,
    storyId: earlierStory ?? id,
    mentions,
    categories: [...new Set(alertable.map((m) => m.category))] as Category[],
    countries: [...new Set(alertable.flatMap((m) => [...countriesOf(m.agents), ...countriesOf(m.patients)]))],
  };
  // Alerting first, then the row: if we crash in between, the retry finds no row and redoes both,
  // and alerting's per-story suppression absorbs the repeated event. The other order could lose the alert.
  if (mentions.length > 0 && submission.alerts) await deps.events.publish(articleTaggedEvent(article));
  await deps.stories.add(article);
  if (deps.entities && mentions.length > 0) await deps.entities.names.record(article);
  await deps.articles.save(article);
  // A retry finds the article's own earlier lookup items; only another article's story is a near-duplicate.
  return { kind: 'stored', article, nearDuplicate: article.storyId !== id };
}

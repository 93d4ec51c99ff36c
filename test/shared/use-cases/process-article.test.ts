import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_CHARS } from '../../../shared/article/article.js';
import { InvalidArticleError } from '../../../shared/errors.js';
import { processArticle, type ProcessArticleDeps } from '../../../shared/use-cases/process-article.js';
import { sendAlerts } from '../../../shared/use-cases/send-alerts.js';
import { anArticleSubmission, aWatch } from '../../support/factories.js';
import {
  fixedClock,
  InMemoryArticleStore,
  InMemoryStoryIndex,
  RecordingTaggedEventBus,
  StubPageFetcher,
  inMemoryAlerting,
} from '../../support/in-memory-ports.js';

const NOW = '2019-03-25T09:00:00.000Z';
const FIRST_ARTICLE = readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8');
const PARAGRAPHS = FIRST_ARTICLE.split('\n').filter((line) => line.trim() !== '' && line !== 'Related Story');
const SUMMARY = 'Russia accuses the US of plotting a coup in Venezuela.';
const ARTICLE_URL = 'https://news.example.com/world/2019/mar/25/russia-accuses-us-venezuela';

/** The first article as another outlet might run it: a few words changed and one sentence cut. */
const EDITED_COPY = FIRST_ARTICLE.replace('yesterday', 'on Monday')
  .replace('Pompeo earlier warned', 'Secretary Pompeo had warned')
  .replace(/\nLavrov did not comment on that report\./, '');

const articlePage = (paragraphs: readonly string[]) =>
  `<!doctype html><html><head><title>Russia accuses US</title></head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article><h1>Russia accuses US of plotting coup</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
  <footer>© Example News</footer></body></html>`;

function given(pages: Record<string, string> = {}) {
  return {
    articles: new InMemoryArticleStore(),
    stories: new InMemoryStoryIndex(),
    events: new RecordingTaggedEventBus(),
    pages: new StubPageFetcher(pages),
    clock: fixedClock(NOW),
  } satisfies ProcessArticleDeps;
}

const theFirstArticle = (overrides: Parameters<typeof anArticleSubmission>[0] = {}) =>
  anArticleSubmission({ url: ARTICLE_URL, title: 'Russia accuses US of plotting coup in Venezuela', body: FIRST_ARTICLE, ...overrides });

describe('processArticle', () => {
  describe('given a new article', () => {
    it('when processed, then it is stored tagged, with scrape artefacts removed and the clock as ingest time', async () => {
      const deps = given();

      const outcome = await processArticle(theFirstArticle(), deps);

      expect(outcome).toMatchObject({ kind: 'stored', nearDuplicate: false });
      const stored = [...deps.articles.articles.values()];
      expect(stored).toHaveLength(1);
      const [article] = stored;
      expect(article).toMatchObject({
        url: ARTICLE_URL,
        storyId: article?.id,
        publishedAt: '2019-03-25T08:00:00.000Z',
        ingestedAt: NOW,
      });
      expect(article?.text.endsWith('called on Venezuelan military leaders to abandon him.')).toBe(true);
      expect([...(article?.categories ?? [])].sort()).toEqual(['military-deployment', 'sanctions']);
      expect([...(article?.countries ?? [])].sort()).toEqual(['RU', 'US', 'VE']);
    });

    it('when processed, then the event carries the article\'s mentions, including Bandes as a Venezuelan target', async () => {
      const deps = given();

      await processArticle(theFirstArticle(), deps);

      expect(deps.events.events).toHaveLength(1);
      const [event] = deps.events.events;
      expect(event).toMatchObject({ url: ARTICLE_URL, source: { name: 'Example News' } });
      expect(event?.mentions.some((m) => m.patients.some((p) => p.kind === 'entity' && p.name === 'Bandes' && p.country === 'VE'))).toBe(true);
    });

    it('when it mentions no sanctions or deployments, then it is stored and no event is published', async () => {
      const deps = given();

      const outcome = await processArticle(anArticleSubmission({ body: 'The central bank left interest rates unchanged on Thursday.' }), deps);

      expect(outcome.kind).toBe('stored');
      expect(deps.events.events).toEqual([]);
    });

    it('when it is a backfill, then it is stored tagged and no event is published', async () => {
      const deps = given();

      const outcome = await processArticle(theFirstArticle({ alerts: false }), deps);

      expect(outcome.kind === 'stored' && outcome.article.mentions.length).toBeGreaterThan(0);
      expect(deps.events.events).toEqual([]);
    });

    it('when it has no date of its own, then its publication time stays unknown and the ingest time is kept apart', async () => {
      const deps = given();

      const outcome = await processArticle(theFirstArticle({ publishedAt: undefined }), deps);

      expect(outcome.kind === 'stored' && outcome.article).toMatchObject({ ingestedAt: NOW });
      expect(outcome.kind === 'stored' && outcome.article.publishedAt).toBeUndefined();
    });

    it('when the body is HTML, then the stored text has no markup', async () => {
      const deps = given();

      const outcome = await processArticle(theFirstArticle({ body: articlePage(PARAGRAPHS), bodyFormat: 'html' }), deps);

      const text = outcome.kind === 'stored' ? outcome.article.text : '';
      expect(text).toContain('On Friday it sanctioned its development bank, Bandes');
      expect(text).not.toMatch(/<\/?p>|<article/);
    });
  });

  describe('given an article seen before', () => {
    it('when the same article arrives again, then it is a duplicate by URL and nothing more is stored or published', async () => {
      const deps = given();
      const first = await processArticle(theFirstArticle(), deps);

      const second = await processArticle(theFirstArticle(), deps);

      expect(second).toEqual({ kind: 'duplicate', articleId: expect.any(String), of: first.kind === 'stored' ? first.article.id : '', by: 'url' });
      expect(deps.articles.articles.size).toBe(1);
      expect(deps.events.events).toHaveLength(1);
    });

    it('when the same URL arrives with utm_* tracking parameters, then it is a duplicate by URL', async () => {
      const deps = given();
      await processArticle(theFirstArticle(), deps);

      const tracked = await processArticle(
        theFirstArticle({ url: `${ARTICLE_URL}?utm_source=twitter&utm_medium=social&utm_campaign=world` }),
        deps,
      );

      expect(tracked).toMatchObject({ kind: 'duplicate', by: 'url' });
      expect(deps.articles.articles.size).toBe(1);
    });

    it('when the same text arrives at another URL with other quote marks, then it is a duplicate by content', async () => {
      const deps = given();
      const first = await processArticle(theFirstArticle(), deps);
      const retyped = FIRST_ARTICLE.replace(/[“”]/g, '"').replace(/’/g, "'");

      const syndicated = await processArticle(
        theFirstArticle({ url: 'https://syndicate.example.org/russia-venezuela', body: retyped, source: { id: 'syn', name: 'Syndicate' } }),
        deps,
      );

      expect(syndicated).toMatchObject({ kind: 'duplicate', by: 'content', of: first.kind === 'stored' ? first.article.id : '' });
      expect(deps.articles.articles.size).toBe(1);
      expect(deps.events.events).toHaveLength(1);
    });

    it('when a lightly edited copy arrives at another URL, then it is stored as a near-duplicate in the first one\'s story', async () => {
      const deps = given();
      const first = await processArticle(theFirstArticle(), deps);
      const firstId = first.kind === 'stored' ? first.article.id : 'missing';

      const copy = await processArticle(
        theFirstArticle({ url: 'https://other.example.org/russia-coup-claim', body: EDITED_COPY, source: { id: 'other', name: 'Other Daily' } }),
        deps,
      );

      expect(copy).toMatchObject({ kind: 'stored', nearDuplicate: true, article: { storyId: firstId } });
      expect(copy.kind === 'stored' && copy.article.id).not.toBe(firstId);
      expect(deps.events.events.map((e) => e.storyId)).toEqual([firstId, firstId]);
      expect((await deps.stories.sources(firstId)).map((s) => s.sourceName)).toEqual(['Example News', 'Other Daily']);
    });
  });

  describe('given an entry that carries only a summary', () => {
    it('when processed, then the page is fetched and its extracted text is tagged', async () => {
      const deps = given({ [ARTICLE_URL]: articlePage(PARAGRAPHS) });

      const outcome = await processArticle(theFirstArticle({ body: SUMMARY, summaryOnly: true }), deps);

      expect(deps.pages.requested).toEqual([ARTICLE_URL]);
      const article = outcome.kind === 'stored' ? outcome.article : undefined;
      expect(article?.text).toContain('On Friday it sanctioned its development bank, Bandes');
      expect(article?.text).not.toContain('Home');
      expect(article?.categories).toContain('sanctions');
    });

    it('when the page cannot be fetched, then the summary is stored and tagged instead', async () => {
      const deps = given();
      const summary = 'The Trump administration has imposed crippling sanctions on the Opec nation’s oil industry.';

      const outcome = await processArticle(theFirstArticle({ body: summary, summaryOnly: true }), deps);

      expect(deps.pages.requested).toEqual([ARTICLE_URL]);
      expect(outcome).toMatchObject({ kind: 'stored', article: { text: summary, categories: ['sanctions'] } });
    });

    it('when there is no summary and the page cannot be fetched, then it fails for a retry and stores nothing', async () => {
      const deps = given();

      await expect(processArticle(theFirstArticle({ body: undefined, summaryOnly: true }), deps)).rejects.toThrow('page fetch failed');

      expect(deps.articles.articles.size).toBe(0);
      expect(deps.events.events).toEqual([]);
    });

    it('when the fetched page is over the size limit, then it is rejected as invalid and nothing is stored', async () => {
      const paragraphs = Array.from({ length: 40 }, () => PARAGRAPHS).flat();
      const deps = given({ [ARTICLE_URL]: articlePage(paragraphs) });

      const processing = processArticle(theFirstArticle({ body: SUMMARY, summaryOnly: true }), deps);

      await expect(processing).rejects.toBeInstanceOf(InvalidArticleError);
      await expect(processing).rejects.toThrow(`over the ${MAX_ARTICLE_CHARS}-character limit`);
      expect(deps.articles.articles.size).toBe(0);
      expect(deps.events.events).toEqual([]);
    });
  });

  describe('given a crash after the event was published but before the row was saved', () => {
    it('when the message is retried, then one article is stored, the event is published again and alerting suppresses it', async () => {
      const deps = given();
      deps.articles.failNextSave();
      const { alerts: alerting } = inMemoryAlerting([aWatch()], deps.clock, deps.stories);

      await expect(processArticle(theFirstArticle(), deps)).rejects.toThrow('simulated crash');
      const retry = await processArticle(theFirstArticle(), deps);
      const alertResults = [];
      for (const event of deps.events.events) alertResults.push(...(await sendAlerts(event, alerting)));

      expect(retry.kind).toBe('stored');
      expect(deps.articles.articles.size).toBe(1);
      expect(deps.events.events).toHaveLength(2);
      expect(deps.events.events[1]).toEqual(deps.events.events[0]);
      expect(alertResults.map((r) => r.outcome)).toEqual(['sent', 'already-decided']);
    });

    it('when the message is retried, then the article is not counted as a near-duplicate of itself', async () => {
      const deps = given();
      deps.articles.failNextSave();
      await expect(processArticle(theFirstArticle(), deps)).rejects.toThrow('simulated crash');

      const retry = await processArticle(theFirstArticle(), deps);

      expect(retry).toMatchObject({ kind: 'stored', nearDuplicate: false });
    });
  });
});

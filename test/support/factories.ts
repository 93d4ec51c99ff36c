import type { ArticleSubmission } from '../../shared/article/article.js';
import type { Mention } from '../../shared/article/mention.js';
import type { ArticleTaggedEvent } from '../../shared/use-cases/article-tagged-event.js';
import { WatchSchema, type Watch } from '../../shared/watch/watch.js';
import type * as z from 'zod';

/** A sentence of the first article, so defaults read like the real thing. */
export const SANCTIONS_SENTENCE = 'The Trump administration has imposed crippling sanctions on the Opec nation’s oil industry.';

/** A confident, asserted US sanction on Venezuela, as the tagger reports the first article's oil sanctions. */
export function aMention(overrides: Partial<Mention> = {}): Mention {
  const triggerStart = SANCTIONS_SENTENCE.indexOf('imposed');
  return {
    category: 'sanctions',
    subtype: 'imposed',
    modality: 'asserted',
    agents: [{ kind: 'state', code: 'US', surface: 'The Trump administration' }],
    patients: [{ kind: 'state', code: 'VE', surface: 'the Opec nation' }],
    targetKind: 'sector',
    trigger: { start: triggerStart, end: triggerStart + 'imposed'.length, text: 'imposed' },
    evidence: { start: 0, end: SANCTIONS_SENTENCE.length, text: SANCTIONS_SENTENCE },
    ruleId: 'sanctions.imposed',
    confidence: 0.9,
    ...overrides,
  };
}

/** A Russian deployment to Venezuela (the first article's troop flights). */
export function aDeploymentMention(overrides: Partial<Mention> = {}): Mention {
  const sentence = 'Two Russian military planes delivered troops and equipment to Venezuela over the weekend.';
  const triggerStart = sentence.indexOf('delivered troops');
  return aMention({
    category: 'military-deployment',
    subtype: 'deployed',
    agents: [{ kind: 'state', code: 'RU', surface: 'Russian' }],
    patients: [{ kind: 'state', code: 'VE', surface: 'Venezuela' }],
    targetKind: undefined,
    trigger: { start: triggerStart, end: triggerStart + 'delivered troops'.length, text: 'delivered troops' },
    evidence: { start: 0, end: sentence.length, text: sentence },
    ruleId: 'deployment.delivered-troops',
    ...overrides,
  });
}

/** A plain-text submission from a feed, with a date of its own. */
export function anArticleSubmission(overrides: Partial<ArticleSubmission> = {}): ArticleSubmission {
  return {
    url: 'https://news.example.com/world/venezuela-sanctions',
    title: 'US sanctions Venezuela’s development bank',
    body: SANCTIONS_SENTENCE,
    bodyFormat: 'text',
    summaryOnly: false,
    publishedAt: '2019-03-25T08:00:00.000Z',
    fetchedAt: '2019-03-25T08:05:00.000Z',
    alerts: true,
    source: { id: 'example-news', name: 'Example News' },
    ...overrides,
  };
}

/** A watch as the config loader produces it: parsed, so schema defaults apply to anything not overridden. */
export function aWatch(overrides: Partial<z.input<typeof WatchSchema>> = {}): Watch {
  return WatchSchema.parse({
    id: 'venezuela-sanctions',
    name: 'Sanctions on Venezuela',
    categories: ['sanctions'],
    ...overrides,
  });
}

/** The event process-articles publishes for a stored article with one sanctions mention. */
/** The shipped example watch on Russian deployments abroad, built in the test. */
export const aRussiaAbroadWatch = (): Watch =>
  aWatch({
    id: 'russia-deployments-abroad',
    name: 'Russian military deployments abroad',
    categories: ['military-deployment'],
    agents: ['RU'],
    abroad: true,
  });

export function aTaggedEvent(overrides: Partial<ArticleTaggedEvent> = {}): ArticleTaggedEvent {
  return {
    articleId: 'article-1',
    storyId: 'article-1',
    title: 'US sanctions Venezuela’s development bank',
    url: 'https://news.example.com/world/venezuela-sanctions',
    source: { id: 'example-news', name: 'Example News' },
    publishedAt: '2019-03-25T08:00:00.000Z',
    ingestedAt: '2019-03-25T08:06:00.000Z',
    mentions: [aMention()],
    ...overrides,
  };
}

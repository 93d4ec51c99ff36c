import { readFileSync } from 'node:fs';
import type { FeedConfig } from '../../../shared/feeds/feed-config.js';
import type { Watch } from '../../../shared/watch/watch.js';
import { parseFeeds, parseWatches } from '../../../infra/config.js';
import { createApp, type CreateAppInput, type TocsinApp } from '../../../infra/create-app.js';

/** cdk.json's context (the feature flags) so tests synthesise what `cdk synth` does. */
const cdkJsonContext = (): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8')).context;

export const aWatch = (overrides: Record<string, unknown> = {}): Watch =>
  parseWatches({
    watches: [
      {
        id: 'venezuela-sanctions',
        name: 'Sanctions on Venezuela',
        categories: ['sanctions'],
        patients: ['VE'],
        subscriptions: { email: ['desk@example.com'], sms: ['+15555550100'], smsMinSeverity: 'high' },
        ...overrides,
      },
    ],
  })[0]!;

export const aFeed = (id: string): FeedConfig =>
  parseFeeds({ feeds: [{ id, name: `Feed ${id}`, url: `https://example.com/${id}.xml` }] })[0]!;

/** Two watches (one SMS filter per severity rule) and two feeds, unless a test passes its own. */
export const defaultInput = (): Pick<CreateAppInput, 'watches' | 'feeds'> => ({
  watches: [
    aWatch(),
    aWatch({
      id: 'russia-deployments-abroad',
      categories: ['military-deployment'],
      agents: ['RU'],
      subscriptions: { email: ['osint@example.com', 'duty@example.com'], sms: ['+15555550101'], smsMinSeverity: 'medium' },
    }),
  ],
  feeds: [aFeed('feed-one'), aFeed('feed-two')],
});

/** Builds the app without bundling the handlers (bundling is esbuild work the assertions do not need). */
export const buildTestApp = (input: Partial<CreateAppInput> = {}): TocsinApp =>
  createApp({
    ...defaultInput(),
    nag: false,
    validateTemplates: false,
    ...input,
    context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [], ...input.context },
  });

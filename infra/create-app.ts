import { App, Duration, Validations, type Environment } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { FeedConfig } from '../shared/feeds/feed-config.js';
import type { Watch } from '../shared/watch/watch.js';
import { refuseExampleContacts } from './config.js';
import { parseSettings } from './settings.js';
import { StatefulStack } from './stacks/stateful-stack.js';
import { StatelessStack } from './stacks/stateless-stack.js';

export const STACK_NAMES = { stateful: 'TocsinStateful', stateless: 'TocsinStateless' } as const;

export interface CreateAppInput {
  /** Validated config/watches.json (see infra/config.ts). */
  watches: readonly Watch[];
  /** Validated config/feeds.json. */
  feeds: readonly FeedConfig[];
  /** Extra CDK context (tests); the CLI's context (cdk.json, `-c`) reaches the App by itself. */
  context?: Record<string, unknown>;
  env?: Environment;
  /** Run the cdk-nag AwsSolutions checks at synth. @default true */
  nag?: boolean;
  /** aws-cdk-lib's CloudFormation schema validation at synth (several seconds); tests turn it off. @default true */
  validateTemplates?: boolean;
}

export interface TocsinApp {
  app: App;
  stateful: StatefulStack;
  stateless: StatelessStack;
}

/**
 * Builds Tocsin's two stacks. Settings come from CDK context, read here and nowhere else; every construct
 * below receives typed props.
 *
 * @example
 * const { app } = createApp({ watches: loadWatches('config/watches.json'), feeds: loadFeeds('config/feeds.json') });
 */
export const createApp = (input: CreateAppInput): TocsinApp => {
  const app = new App({ context: input.context, builtinCloudFormationValidation: input.validateTemplates ?? true });
  const settings = parseSettings((key) => app.node.tryGetContext(key));
  // The CDK CLI sets the account from credentials (deploy, or synth with credentials); offline synth, `npm start`
  // and the tests have none, so they keep the shipped example contacts.
  const account = input.env?.account;
  if (account && !settings.allowExampleContacts) refuseExampleContacts({ account, watches: input.watches, opsEmail: settings.opsEmail });

  const stateful = new StatefulStack(app, STACK_NAMES.stateful, {
    env: input.env,
    description: 'Tocsin: tables, watch and ops topics, topic key (retained)',
    watches: input.watches,
    opsEmail: settings.opsEmail,
    smsMonthlySpendLimitUsd: settings.smsMonthlySpendLimitUsd,
  });
  const stateless = new StatelessStack(app, STACK_NAMES.stateless, {
    env: input.env,
    description: 'Tocsin: functions, queues, schedule, ingest API, bulk import, alarms, dashboard',
    feeds: input.feeds,
    pollRate: Duration.minutes(settings.pollRateMinutes),
    feedFailureAlarmThreshold: settings.feedFailureAlarmThreshold,
    sanctionsListUrl: settings.sanctionsListUrl,
    articlesTable: stateful.storage.articles,
    alertsTable: stateful.storage.alerts,
    watchTopics: stateful.watchTopics.topics,
    opsTopic: stateful.opsTopic,
    alertFreshnessHours: settings.alertFreshnessHours,
    alertDecisionRetentionDays: settings.alertDecisionRetentionDays,
    alertLatencyThreshold: Duration.minutes(settings.alertLatencyAlarmMinutes),
  });

  if (input.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stateful, stateless };
};

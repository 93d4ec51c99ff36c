import { readFileSync } from 'node:fs';
import { parseFeeds } from '../functions/common/feeds.js';
import { parseWatches } from '../functions/common/watches.js';
import { InvalidConfigError } from '../shared/errors.js';
import type { FeedConfig } from '../shared/feeds/feed-config.js';
import { exampleContacts, isExampleEmail } from '../shared/watch/check-contacts.js';
import type { Watch } from '../shared/watch/watch.js';
import { CONTEXT_KEY } from './settings.js';

/** The same validation the functions apply, so a bad file stops `cdk synth` before anything deploys. */
export { parseFeeds, parseWatches };

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InvalidConfigError(`${path} could not be read as JSON: ${(error as Error).message}`);
  }
};

export const loadWatches = (path: string): Watch[] => parseWatches(readJson(path), path);
export const loadFeeds = (path: string): FeedConfig[] => parseFeeds(readJson(path), path);

/**
 * Refuses a deploy that would subscribe placeholders (example.com addresses, 555-01xx numbers):
 * SNS would send every alert and confirmation request to nobody, and the real desk would never hear.
 */
export function refuseExampleContacts(input: { account: string; watches: readonly Watch[]; opsEmail?: string }): void {
  const problems = [
    ...exampleContacts(input.watches),
    ...(input.opsEmail && isExampleEmail(input.opsEmail) ? [{ path: `context ${CONTEXT_KEY.opsEmail}`, message: `"${input.opsEmail}" is an example address` }] : []),
  ];
  if (problems.length === 0) return;
  throw new InvalidConfigError(
    [
      `Refusing to synthesise for AWS account ${input.account}: ${problems.length} subscriber${problems.length === 1 ? ' is an example' : 's are examples'} that can never receive an alert:`,
      ...problems.map((p) => `  ${p.path}: ${p.message}`),
      `Put real addresses and numbers in config/watches.json (or remove them), or pass -c ${CONTEXT_KEY.allowExampleContacts}=true if you mean to deploy them.`,
    ].join('\n'),
  );
}

import { fileURLToPath } from 'node:url';
import { InvalidConfigError } from '../shared/errors.js';
import { loadFeeds, loadWatches } from './config.js';
import { createApp } from './create-app.js';

// The CDK entry point (cdk.json "app"): the only place reading files and environment variables.
const configFile = (name: string) => fileURLToPath(new URL(`../config/${name}`, import.meta.url));

try {
  createApp({
    watches: loadWatches(configFile('watches.json')),
    feeds: loadFeeds(configFile('feeds.json')),
    // Set by the CDK CLI from the credentials it found; absent offline, so example subscribers pass there.
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
} catch (error) {
  // A config mistake is the operator's to fix: its message lists every problem, a stack trace would bury it.
  if (!(error instanceof InvalidConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}

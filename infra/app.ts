import { fileURLToPath } from 'node:url';
import { loadFeeds, loadWatches } from './config.js';
import { createApp } from './create-app.js';

// The CDK entry point (cdk.json "app"): the only place reading files and environment variables.
const configFile = (name: string) => fileURLToPath(new URL(`../config/${name}`, import.meta.url));

createApp({
  watches: loadWatches(configFile('watches.json')),
  feeds: loadFeeds(configFile('feeds.json')),
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

import { readFileSync } from 'node:fs';
import { parseFeeds } from '../functions/common/feeds.js';
import { parseWatches } from '../functions/common/watches.js';
import { InvalidConfigError } from '../shared/errors.js';
import type { FeedConfig } from '../shared/feeds/feed-config.js';
import type { Watch } from '../shared/watch/watch.js';

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

import { readFileSync } from 'node:fs';
import { parseFeeds as parseFeedsDocument } from '../functions/common/feeds.js';
import { parseWatches as parseWatchesDocument } from '../functions/common/watches.js';
import { InvalidConfigError } from '../shared/errors.js';
import type { FeedConfig } from '../shared/feeds/feed-config.js';
import type { Watch } from '../shared/watch/watch.js';

/** Validates the watches document (e.g. config/watches.json); a bad one stops `cdk synth`. */
export const parseWatches = (document: unknown, source = 'watches'): Watch[] => parseWatchesDocument(document, source);

/** Validates the feeds document (e.g. config/feeds.json); a bad one stops `cdk synth`. */
export const parseFeeds = (document: unknown, source = 'feeds'): FeedConfig[] => parseFeedsDocument(document, source);

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InvalidConfigError(`${path} could not be read as JSON: ${(error as Error).message}`);
  }
};

export const loadWatches = (path: string): Watch[] => parseWatches(readJson(path), path);
export const loadFeeds = (path: string): FeedConfig[] => parseFeeds(readJson(path), path);

import { readFileSync } from 'node:fs';
import { parseFeeds as parseFeedsDocument } from '../functions/common/feeds.js';
import { parseWatches as parseWatchesDocument } from '../functions/common/watches.js';
import { InvalidConfigError } from '../shared/errors.js';
import type { FeedConfig } from '../shared/feeds/feed-config.js';
import type { Watch } from '../shared/watch/watch.js';

/** Ids name construct ids and metric dimensions, so a repeated id would silently merge two entries. */
const requireUniqueIds = (items: readonly { id: string }[], kind: string, source: string): void => {
  const seen = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) throw new InvalidConfigError(`${source}: ${kind} id "${id}" appears more than once`);
    seen.add(id);
  }
};

/** Validates the watches document (e.g. config/watches.json); a bad one stops `cdk synth`. */
export const parseWatches = (document: unknown, source = 'watches'): Watch[] => {
  const watches = parseWatchesDocument(document, source);
  requireUniqueIds(watches, 'watch', source);
  return watches;
};

/** Validates the feeds document (e.g. config/feeds.json); a bad one stops `cdk synth`. */
export const parseFeeds = (document: unknown, source = 'feeds'): FeedConfig[] => {
  const feeds = parseFeedsDocument(document, source);
  requireUniqueIds(feeds, 'feed', source);
  return feeds;
};

const readJson = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InvalidConfigError(`${path} could not be read as JSON: ${(error as Error).message}`);
  }
};

export const loadWatches = (path: string): Watch[] => parseWatches(readJson(path), path);
export const loadFeeds = (path: string): FeedConfig[] => parseFeeds(readJson(path), path);

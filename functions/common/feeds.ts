import * as z from 'zod';
import { FeedsFileSchema, type FeedConfig } from '../../shared/feeds/feed-config.js';
import { InvalidConfigError } from '../../shared/errors.js';
import feedsFile from '../../config/feeds.json' with { type: 'json' };

/** Validates a feeds document, naming the path of every problem. */
export function parseFeeds(document: unknown, origin = 'feeds'): FeedConfig[] {
  const parsed = FeedsFileSchema.safeParse(document);
  if (!parsed.success) throw new InvalidConfigError(`${origin}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.feeds;
}

/** The feeds bundled with the functions (config/feeds.json). */
export const bundledFeeds = (): FeedConfig[] => parseFeeds(feedsFile, 'config/feeds.json');

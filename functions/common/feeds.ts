import { checkedValue } from '../../shared/config/problems.js';
import { checkFeeds, type FeedConfig } from '../../shared/feeds/feed-config.js';
import feedsFile from '../../config/feeds.json' with { type: 'json' };

/** Checks a feeds document, throwing InvalidConfigError with the path of every problem. */
export const parseFeeds = (document: unknown, origin = 'feeds'): FeedConfig[] =>
  checkedValue(checkFeeds(document), origin);

/** The feeds bundled with the functions (config/feeds.json), checked at start as `cdk synth` checked them. */
export const bundledFeeds = (): FeedConfig[] => parseFeeds(feedsFile, 'config/feeds.json');

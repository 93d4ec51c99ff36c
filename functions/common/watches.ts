import { checkedValue } from '../../shared/config/problems.js';
import { checkWatches, type WatchCheckOptions } from '../../shared/watch/check-watches.js';
import type { Watch } from '../../shared/watch/watch.js';
import watchesFile from '../../config/watches.json' with { type: 'json' };

/** Checks a watches document (see checkWatches), throwing InvalidConfigError with the path of every problem. */
export const parseWatches = (document: unknown, origin = 'watches', options?: WatchCheckOptions): Watch[] =>
  checkedValue(checkWatches(document, options), origin);

/** The watches bundled with the functions (config/watches.json), checked at start as `cdk synth` checked them. */
export const bundledWatches = (): Watch[] => parseWatches(watchesFile, 'config/watches.json');

import * as z from 'zod';
import { WatchesFileSchema, type Watch } from '../../shared/watch/watch.js';
import { InvalidConfigError } from '../../shared/errors.js';
import watchesFile from '../../config/watches.json' with { type: 'json' };

/** Validates a watches document, naming the path of every problem. */
export function parseWatches(document: unknown, origin = 'watches'): Watch[] {
  const parsed = WatchesFileSchema.safeParse(document);
  if (!parsed.success) throw new InvalidConfigError(`${origin}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.watches;
}

/** The watches bundled with the functions (config/watches.json). */
export const bundledWatches = (): Watch[] => parseWatches(watchesFile, 'config/watches.json');

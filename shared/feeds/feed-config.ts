import * as z from 'zod';
import { uniqueIds } from '../config-ids.js';

export const FeedConfigSchema = z.object({
  /** Stable id: keys the feed's ETag/Last-Modified and health in DynamoDB. */
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'id: lowercase letters, digits and dashes'),
  name: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
});
export type FeedConfig = z.output<typeof FeedConfigSchema>;

export const FeedsFileSchema = z.object({ feeds: z.array(FeedConfigSchema).superRefine(uniqueIds('feed')) });

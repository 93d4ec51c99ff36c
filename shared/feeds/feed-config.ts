import * as z from 'zod';
import { uniqueIds } from '../config-ids.js';
import { checkDocument, type Checked } from '../config/problems.js';
import { strictObject } from '../config/strict-object.js';

export const FeedConfigSchema = strictObject({
  /** Stable id: keys the feed's ETag/Last-Modified and health in DynamoDB. */
  id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected 1 to 64 lowercase letters, digits and dashes'),
  name: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
});
export type FeedConfig = z.output<typeof FeedConfigSchema>;

export const FeedsFileSchema = strictObject({ feeds: z.array(FeedConfigSchema).check(uniqueIds('feed')) });

/** Checks a feeds document (config/feeds.json), every problem at its JSON path; `cdk synth`, function start and `tocsin check-config` call this. */
export function checkFeeds(document: unknown): Checked<FeedConfig[]> {
  const checked = checkDocument(FeedsFileSchema, document);
  return checked.ok ? { ok: true, value: checked.value.feeds } : checked;
}

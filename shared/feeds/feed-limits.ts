/** Largest feed document accepted, in bytes; the HTTP fetcher uses the same cap. Large podcasts run to ~2 MB. */
export const MAX_FEED_BYTES = 8 * 1024 * 1024;

/** Entries taken from one feed per poll; the rest are reported as rejected, so a huge feed cannot flood the queue. */
export const MAX_FEED_ENTRIES = 1_000;

/**
 * Deepest JSON nesting accepted in a JSON Feed or an API body. Real documents nest 4–5 levels.
 * XML nesting is capped by fast-xml-parser itself (its default `maxNestedTags` of 100, which feedsmith keeps).
 */
export const MAX_JSON_DEPTH = 20;

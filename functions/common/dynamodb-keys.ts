/**
 * Key layout of the single Articles table (docs/data-model.md). Every key is built here so the
 * adapters and the data-model doc cannot drift apart.
 */
export const keys = {
  article: (id: string) => ({ pk: `ARTICLE#${id}`, sk: 'ARTICLE' }),
  articleIndex: (id: string, facet: string) => ({ pk: `ARTICLE#${id}`, sk: `INDEX#${facet}` }),
  urlClaim: (canonicalUrl: string) => ({ pk: `URL#${canonicalUrl}`, sk: 'CLAIM' }),
  contentClaim: (hash: string) => ({ pk: `HASH#${hash}`, sk: 'CLAIM' }),
  feedState: (feedId: string) => ({ pk: `FEED#${feedId}`, sk: 'STATE' }),
  storyLookup: (lookupKey: string, articleId: string) => ({ pk: `NEAR#${lookupKey}`, sk: `ARTICLE#${articleId}` }),
  storyLookupPartition: (lookupKey: string) => `NEAR#${lookupKey}`,
  storySource: (storyId: string, articleId: string) => ({ pk: `STORY#${storyId}`, sk: `SOURCE#${articleId}` }),
  storyPartition: (storyId: string) => `STORY#${storyId}`,
  namedParty: (nameKey: string, ingestedAt: string, articleId: string) => ({ pk: `NAME#${nameKey}`, sk: `${ingestedAt}#${articleId}` }),
  namedPartyPartition: (nameKey: string) => `NAME#${nameKey}`,
} as const;

/** Facets of gsi1: recent articles by day, category or country, newest first. */
export type RecentFacet = { day: string } | { category: string } | { country: string };

export const facetPartition = (facet: RecentFacet): string =>
  'day' in facet ? `DAY#${facet.day}` : 'category' in facet ? `CATEGORY#${facet.category}` : `COUNTRY#${facet.country}`;

export const facetSortKey = (publishedAt: string, articleId: string): string => `${publishedAt}#${articleId}`;

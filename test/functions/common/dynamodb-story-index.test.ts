import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, lookupKeys } from '../../../shared/dedupe/fingerprint.js';
import type { StoryIndex } from '../../../shared/ports.js';
import { dynamoDbStoryIndex } from '../../../functions/common/dynamodb-story-index.js';
import { dynamoDbLocalTables } from '../../support/local-aws.js';

const firstArticle = readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8');
const unrelated =
  'The new ferry terminal at the harbour opened to passengers on Monday after two years of construction. ' +
  'The council said the building would cut waiting times and add covered seating for 400 people. ' +
  'Local businesses welcomed the opening, saying footfall in the old town had already risen sharply since the spring, ' +
  'and the harbour master said larger vessels would be able to dock at the new berth from next month onwards.';

const indexed = (id: string, storyId: string, text: string, sourceName: string) => ({
  id,
  storyId,
  fingerprint: fingerprint(text),
  url: `https://${sourceName.toLowerCase().replace(/\W/g, '')}.example/${id}`,
  source: { id: sourceName.toLowerCase(), name: sourceName },
  ingestedAt: '2019-03-26T08:00:00.000Z',
});

describe('dynamoDbStoryIndex on DynamoDB Local', () => {
  let stories: StoryIndex;
  beforeAll(async () => {
    const { documents, articlesTable } = await dynamoDbLocalTables();
    stories = dynamoDbStoryIndex(documents, articlesTable);
    await stories.add(indexed('original', 'original', firstArticle, 'First Paper'));
  });

  it('finds the story of a syndicated copy with a wire credit and a footer', async () => {
    const copy = `MOSCOW (Wire) — ${firstArticle}\n\nCopyright 2019 Wire Services. All rights reserved.`;
    expect(lookupKeys(fingerprint(copy)).length).toBeGreaterThan(0);
    expect(await stories.findStory(fingerprint(copy))).toBe('original');
  });

  it('finds no story for an unrelated article', async () => {
    expect(await stories.findStory(fingerprint(unrelated))).toBeUndefined();
  });

  it('lists every source that reported a story, for "also reported by"', async () => {
    await stories.add(indexed('copy', 'original', `${firstArticle} Wire Services.`, 'Wire'));
    expect((await stories.sources('original')).map((s) => s.sourceName).sort()).toEqual(['First Paper', 'Wire']);
  });
});

import { expect, it } from 'vitest';
import { dynamoDbFeedStateStore } from '../../../functions/common/dynamodb-feed-state-store.js';
import { MAX_SEEN_ENTRIES } from '../../../shared/feeds/seen-entries.js';
import { dynamoDbLocalTables } from '../../support/local-aws.js';

it('keeps each feed’s validators and health, and overwrites them on the next poll', async () => {
  const { documents, articlesTable } = await dynamoDbLocalTables();
  const store = dynamoDbFeedStateStore(documents, articlesTable);
  expect(await store.get('bbc')).toBeUndefined();

  await store.put({ feedId: 'bbc', etag: '"v1"', lastModified: 'Tue, 26 Mar 2019 08:00:00 GMT', consecutiveFailures: 0, lastItemCount: 12 });
  await store.put({ feedId: 'bbc', etag: '"v2"', consecutiveFailures: 2, lastError: 'FetchRefusedError: timeout' });

  expect(await store.get('bbc')).toEqual({ feedId: 'bbc', etag: '"v2"', consecutiveFailures: 2, lastError: 'FetchRefusedError: timeout' });
});

it('keeps the memory of seen entries, at its full bound, within one item', async () => {
  const { documents, articlesTable } = await dynamoDbLocalTables();
  const store = dynamoDbFeedStateStore(documents, articlesTable);
  const seenEntries = Array.from({ length: MAX_SEEN_ENTRIES }, (_, i) => `${i.toString(16).padStart(16, '0')}=${'a'.repeat(12)}`);

  await store.put({ feedId: 'busy', consecutiveFailures: 0, seenEntries });

  expect((await store.get('busy'))?.seenEntries).toEqual(seenEntries);
});

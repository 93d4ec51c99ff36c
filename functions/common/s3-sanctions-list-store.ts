import { gunzipSync, gzipSync } from 'node:zlib';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ListDiff } from '../../shared/sanctions-lists/diff.js';
import type { ListId } from '../../shared/sanctions-lists/list.js';
import type { SanctionsListStore, StoredList } from '../../shared/ports.js';

/** Object keys: the current version of a list, and one object per update's diff. */
export const currentListKey = (list: ListId): string => `lists/${list}/current.json.gz`;
export const diffKey = (diff: Pick<ListDiff, 'list' | 'to'>): string => `lists/${diff.list}/diffs/${diff.to}.json.gz`;

/**
 * Lists in an S3 bucket as gzipped JSON: a PUT replaces the current version atomically, so a reader
 * sees the old version or the new one, never a mix; the bucket's versioning keeps earlier ones.
 */
export function s3SanctionsListStore(s3: Pick<S3Client, 'send'>, bucket: string): SanctionsListStore {
  const put = (key: string, value: unknown) =>
    s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: gzipSync(JSON.stringify(value)), ContentType: 'application/json', ContentEncoding: 'gzip' }));
  return {
    async current(list) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: currentListKey(list) }));
        const bytes = await object.Body?.transformToByteArray();
        return bytes ? (JSON.parse(gunzipSync(bytes).toString('utf8')) as StoredList) : undefined;
      } catch (error) {
        if (error instanceof NoSuchKey) return undefined;
        throw error;
      }
    },
    async replace(stored) {
      await put(currentListKey(stored.list.list), stored);
    },
    async recordDiff(diff) {
      await put(diffKey(diff), diff);
    },
  };
}

import { gunzipSync } from 'node:zlib';
import { GetObjectCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { currentListKey, s3SanctionsListStore } from '../../../functions/common/s3-sanctions-list-store.js';
import type { StoredList } from '../../../shared/ports.js';

/** A stand-in for the S3 client's `send`: objects in a map, NoSuchKey for the rest (unit test of the adapter's mapping). */
function fakeS3() {
  const objects = new Map<string, { body: Uint8Array; encoding?: string }>();
  return {
    objects,
    async send(command: unknown) {
      if (command instanceof PutObjectCommand) {
        objects.set(command.input.Key ?? '', { body: command.input.Body as Uint8Array, encoding: command.input.ContentEncoding });
        return {};
      }
      if (command instanceof GetObjectCommand) {
        const object = objects.get(command.input.Key ?? '');
        if (!object) throw new NoSuchKey({ message: 'The specified key does not exist.', $metadata: {} });
        return { Body: { transformToByteArray: async () => object.body } };
      }
      throw new Error('unexpected command');
    },
  };
}

const stored: StoredList = {
  list: { list: 'us-ofac-sdn', version: '2024-05-03T00:00:00.000Z', commonWords: [], entries: [{ id: '26587', name: 'BANDES', type: 'entity', programs: [], aliases: [], countries: [], linkedTo: [], digest: 'x' }] },
  validators: { etag: '"1"' },
};

describe('s3SanctionsListStore', () => {
  it('has no current list before the first refresh', async () => {
    expect(await s3SanctionsListStore(fakeS3() as never, 'bucket').current('us-ofac-sdn')).toBeUndefined();
  });

  it('stores the list gzipped under its key and reads it back', async () => {
    const s3 = fakeS3();
    const store = s3SanctionsListStore(s3 as never, 'bucket');
    await store.replace(stored);
    const object = s3.objects.get(currentListKey('us-ofac-sdn'));
    expect(object?.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(object!.body).toString())).toEqual(stored);
    expect(await store.current('us-ofac-sdn')).toEqual(stored);
  });

  it('records each diff under the version it leads to', async () => {
    const s3 = fakeS3();
    await s3SanctionsListStore(s3 as never, 'bucket').recordDiff({ list: 'us-ofac-sdn', from: 'a', to: '2024-05-03T00:00:00.000Z', added: [], removed: [], changed: [] });
    expect([...s3.objects.keys()]).toEqual(['lists/us-ofac-sdn/diffs/2024-05-03T00:00:00.000Z.json.gz']);
  });

  it('passes on other errors than a missing key', async () => {
    const s3 = { send: async () => Promise.reject(new Error('AccessDenied')) };
    await expect(s3SanctionsListStore(s3 as never, 'bucket').current('us-ofac-sdn')).rejects.toThrow('AccessDenied');
  });
});

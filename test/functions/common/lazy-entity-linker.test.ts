import { describe, expect, it } from 'vitest';
import { createLazyEntityLinker } from '../../../functions/common/lazy-entity-linker.js';
import { readListDir } from '../../../local/cli/lists.js';
import type { SanctionsList } from '../../../shared/sanctions-lists/list.js';
import { aMentionOf, DEMO_SDN_DIR } from '../../support/sanctions.js';

const BANDES = 'On Friday it sanctioned its development bank, Bandes, in efforts to choke off financial flows.';

const countingLoader = (list: SanctionsList | undefined) => {
  const calls = { count: 0 };
  return { calls, load: async () => (calls.count++, list) };
};

describe('createLazyEntityLinker', () => {
  it('reads no list for articles whose mentions name no party', async () => {
    const { calls, load } = countingLoader(await readListDir(DEMO_SDN_DIR));
    const linker = createLazyEntityLinker({ load });
    await linker.link('Venezuela faces new sanctions.', [aMentionOf('Venezuela faces new sanctions.')]);
    await linker.link('Nothing here.', []);
    expect(calls.count).toBe(0);
  });

  it('reads the list on the first named party, once, and again after maxAge', async () => {
    let clock = 0;
    const { calls, load } = countingLoader(await readListDir(DEMO_SDN_DIR));
    const linker = createLazyEntityLinker({ load, maxAgeMs: 1000, now: () => clock });
    const [linked] = await linker.link(BANDES, [aMentionOf(BANDES)]);
    await linker.link(BANDES, [aMentionOf(BANDES)]);
    expect(calls.count).toBe(1);
    expect(linked?.patients.flatMap((p) => (p.kind === 'state' ? [] : (p.sanctions ?? []).map((l) => l.id)))).toEqual(['26587']);
    clock = 1000;
    await linker.link(BANDES, [aMentionOf(BANDES)]);
    expect(calls.count).toBe(2);
  });

  it('stores mentions unlinked while no list has been stored yet, and asks again a minute later', async () => {
    let clock = 0;
    const { calls, load } = countingLoader(undefined);
    const linker = createLazyEntityLinker({ load, maxAgeMs: 3_600_000, now: () => clock });
    const mention = aMentionOf(BANDES);
    expect(await linker.link(BANDES, [mention])).toEqual([mention]);
    clock = 59_000;
    await linker.link(BANDES, [mention]);
    expect(calls.count).toBe(1);
    clock = 61_000;
    await linker.link(BANDES, [mention]);
    expect(calls.count).toBe(2);
  });

  it('fails the article when the list cannot be read, so the queue retries it', async () => {
    const linker = createLazyEntityLinker({ load: async () => Promise.reject(new Error('S3 unavailable')) });
    await expect(linker.link(BANDES, [aMentionOf(BANDES)])).rejects.toThrow('S3 unavailable');
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listsCommand } from '../../../local/cli/lists.js';
import { runCli } from '../../support/cli-io.js';
import { DEMO_SDN_DIR, KIT_OFAC_PRESENT, kitSnapshotDir } from '../../support/sanctions.js';

async function run(args: string[]) {
  const result = await runCli(listsCommand.run, args);
  return { ...result, summary: () => JSON.parse(result.out.trim().split('\n').at(-1) ?? '') as unknown };
}

describe('tocsin lists diff', () => {
  it('reports no change between a list and itself', async () => {
    const result = await run(['diff', DEMO_SDN_DIR, DEMO_SDN_DIR]);
    expect(result.code).toBe(0);
    expect(result.summary()).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('exits 1 naming the missing file of a list directory', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'tocsin-empty-'));
    const result = await run(['diff', empty, DEMO_SDN_DIR]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`${join(empty, 'sdn.csv')}: not found (a list directory holds sdn.csv, alt.csv, add.csv)`);
  });

  it('exits 2 with usage without two directories', async () => {
    const result = await run(['diff', DEMO_SDN_DIR]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('Usage: tocsin lists diff OLD_DIR NEW_DIR');
  });
});

describe.skipIf(!KIT_OFAC_PRESENT)('tocsin lists diff on the real snapshots (skipped: ../shared/sanctions is absent)', () => {
  it('prints the 305 additions and 8 removals of the week to 2024-05-03, summary last', async () => {
    const result = await run(['diff', kitSnapshotDir('2024-04-26'), kitSnapshotDir('2024-05-03')]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Added (305)');
    expect(result.out).toContain('Removed (8)');
    expect(result.summary()).toEqual({ added: 305, removed: 8, changed: 0 });
  });
});

import { existsSync, mkdtempSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Mention } from '../../shared/article/mention.js';
import { buildSanctionsIndex, type SanctionsIndex } from '../../shared/sanctions-lists/sanctions-index.js';
import { readListDir } from '../../local/cli/lists.js';
import { aMention } from './factories.js';

/** The product's demo list: fourteen real SDN entries (2024-05-03) in OFAC's own three files. */
export const DEMO_SDN_DIR = fileURLToPath(new URL('../../local/demo/sdn/', import.meta.url));

/** The kit's real OFAC snapshots; tests that use them skip with a message when the kit is absent. */
export const KIT_OFAC_DIR = fileURLToPath(new URL('../../../shared/sanctions/ofac/', import.meta.url));
export const KIT_OFAC_PRESENT = existsSync(join(KIT_OFAC_DIR, 'sdn-2024-05-03.csv'));

let demoIndex: Promise<SanctionsIndex> | undefined;
export const demoSdnIndex = (): Promise<SanctionsIndex> => (demoIndex ??= readListDir(DEMO_SDN_DIR).then(buildSanctionsIndex));

/**
 * A temporary directory holding one kit snapshot under OFAC's own names (sdn.csv, alt.csv, add.csv),
 * as `tocsin tag --sdn` and `tocsin lists diff` expect.
 */
export function kitSnapshotDir(date: '2024-04-26' | '2024-05-03'): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tocsin-sdn-')), date);
  mkdirSync(dir);
  copyFileSync(join(KIT_OFAC_DIR, `sdn-${date}.csv`), join(dir, 'sdn.csv'));
  for (const name of ['alt.csv', 'add.csv']) copyFileSync(join(KIT_OFAC_DIR, name), join(dir, name));
  return dir;
}

/** A sanctions mention whose evidence is the whole of `sentence`, with no actors unless given. */
export const aMentionOf = (sentence: string, overrides: Partial<Mention> = {}): Mention =>
  aMention({
    agents: [],
    patients: [],
    targetKind: undefined,
    trigger: { start: 0, end: 1, text: sentence.slice(0, 1) },
    evidence: { start: 0, end: sentence.length, text: sentence },
    ...overrides,
  });

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkMentions } from '../../shared/entity-linking/link-mentions.js';
import { buildList, ofacSdnAdapter } from '../../shared/sanctions-lists/adapter.js';
import { buildSanctionsIndex } from '../../shared/sanctions-lists/sanctions-index.js';
import { tagText } from '../../shared/tagging/index.js';

const REPETITIONS = 11;
const KIT_OFAC = fileURLToPath(new URL('../../../shared/sanctions/ofac/', import.meta.url));
const DEMO_SDN = fileURLToPath(new URL('../../local/demo/sdn/', import.meta.url));

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const readFiles = (dir: string, sdnName: string): Record<string, string> => {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return { 'sdn.csv': read(sdnName), 'alt.csv': read('alt.csv'), 'add.csv': read('add.csv') };
};

export interface BenchList {
  list: string;
  files: Record<string, string>;
}

/** The demo's fourteen real entries, shipped with the product. */
export const demoSdnFiles = (): BenchList => ({ list: 'demo SDN (14 entries)', files: readFiles(DEMO_SDN, 'sdn.csv') });

/** OFAC's three files: the kit's full 2024-05-03 list when present, else the demo's list. */
export const benchSdnFiles = (): BenchList =>
  existsSync(join(KIT_OFAC, 'sdn-2024-05-03.csv'))
    ? { list: 'full SDN 2024-05-03', files: readFiles(KIT_OFAC, 'sdn-2024-05-03.csv') }
    : { ...demoSdnFiles(), list: 'demo SDN (14 entries; ../shared is absent)' };

/**
 * Sanctioned-entity linking: time to parse OFAC's files and index every name and alias (`indexMs`,
 * median of several builds), and what linking adds to tagging over the corpus (`linkOverhead`, the
 * median time to link the tagger's mentions over the median time to tag the same texts), both
 * measured in this run.
 */
export function benchEntities(texts: readonly string[], { list, files }: BenchList = benchSdnFiles()): { list: string; entries: number; indexMs: number; linkOverhead: number; links: number } {
  const builds: number[] = [];
  let index = buildSanctionsIndex(buildList(ofacSdnAdapter, files, 'bench'));
  for (let i = 0; i < REPETITIONS; i++) {
    const t0 = performance.now();
    index = buildSanctionsIndex(buildList(ofacSdnAdapter, files, 'bench'));
    builds.push(performance.now() - t0);
  }
  // Linking runs on the tagger's output: tag once, then time tagging and linking apart, interleaved so a
  // busy machine slows both alike; the overhead is the median link time over the median tag time.
  const tagged = texts.map((t) => tagText(t));
  let links = 0;
  const tagOnly = () => {
    for (const t of texts) tagText(t);
  };
  const linkOnly = () => {
    links = 0;
    texts.forEach((t, i) => {
      for (const m of linkMentions(index, t, tagged[i] ?? [])) {
        for (const a of [...m.agents, ...m.patients]) links += a.kind === 'state' ? 0 : (a.sanctions?.length ?? 0);
      }
    });
  };
  // Warm-up: the first passes compile the linker and fill its per-word key caches.
  for (let i = 0; i < 5; i++) linkOnly();
  tagOnly();
  const tagMs: number[] = [];
  const linkMs: number[] = [];
  for (let i = 0; i < REPETITIONS; i++) {
    let t0 = performance.now();
    tagOnly();
    tagMs.push(performance.now() - t0);
    t0 = performance.now();
    linkOnly();
    linkMs.push(performance.now() - t0);
  }
  return { list, entries: index.size, indexMs: Math.round(median(builds)), linkOverhead: Math.round((median(linkMs) / median(tagMs)) * 1000) / 1000, links };
}

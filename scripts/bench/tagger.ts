import { tagText } from '../../shared/tagging/index.js';

const REPETITIONS = 7;

/** Median of the durations of `repetitions` runs of `fn`, in milliseconds. */
function medianMs(fn: () => void, repetitions: number): number {
  const times: number[] = [];
  for (let i = 0; i < repetitions; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/**
 * Tagger throughput against the floor of one regex pass (`/sanction/gi`) over the same texts,
 * measured in the same run (median of several repetitions after a warm-up), so the ratio holds
 * across machines.
 */
export function benchTagger(texts: readonly string[]): { articles: number; mbPerSec: number; floorMbPerSec: number; ratioToFloor: number } {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
  let sink = 0;
  const tagAll = (): void => {
    for (const t of texts) sink += tagText(t).length;
  };
  const floor = (): void => {
    for (const t of texts) sink += (t.match(/sanction/gi) ?? []).length;
  };
  tagAll();
  floor();
  const tagMs = medianMs(tagAll, REPETITIONS);
  const floorMs = medianMs(floor, REPETITIONS);
  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  const mb = bytes / 1e6;
  const mbPerSec = mb / (tagMs / 1000);
  const floorMbPerSec = mb / (floorMs / 1000);
  return { articles: texts.length, mbPerSec, floorMbPerSec, ratioToFloor: floorMbPerSec / mbPerSec };
}

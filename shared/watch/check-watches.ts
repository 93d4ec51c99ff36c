import { checkDocument, formatPath, type Checked, type ConfigProblem, type EntryProblem } from '../config/problems.js';
import { WatchesFileSchema, WatchSchema, type Watch } from './watch.js';

/**
 * A check that needs data loaded at run time, such as a watch's `entities` against a sanctions
 * list. It sees each watch that passed the schema; its paths are relative to that watch.
 */
export type WatchCheck = (watch: Watch) => readonly EntryProblem[];

export interface WatchCheckOptions {
  checks?: readonly WatchCheck[];
}

const rawWatches = (document: unknown): unknown[] => {
  const watches = document !== null && typeof document === 'object' ? (document as { watches?: unknown }).watches : undefined;
  return Array.isArray(watches) ? watches : [];
};

/**
 * Checks a watches document (config/watches.json): unknown keys, codes and names the tagger never
 * reports, filters that can never match, repeated ids, plus `options.checks`. Every problem is
 * reported at once, each at its JSON path. `cdk synth`, function start and `tocsin check-config`
 * all call this.
 *
 * @example
 * checkWatches({ watches: [{ id: 'iran', name: 'Iran', categories: ['sanctions'], patients: ['IRN'] }] })
 * // { ok: false, problems: [{ path: 'watches[0].patients[0]', message: '"IRN" is an ISO 3166-1 alpha-3 code: use IR' }] }
 */
export function checkWatches(document: unknown, options: WatchCheckOptions = {}): Checked<Watch[]> {
  const checked = checkDocument(WatchesFileSchema, document);
  const problems: ConfigProblem[] = checked.ok ? [] : [...checked.problems];
  const checks = options.checks ?? [];
  if (checks.length > 0) {
    // Watch by watch, so one broken watch does not hide what the checks find in the others.
    rawWatches(document).forEach((raw, index) => {
      const watch = WatchSchema.safeParse(raw);
      if (!watch.success) return;
      for (const check of checks) {
        for (const problem of check(watch.data)) problems.push({ path: formatPath(['watches', index, ...problem.path]), message: problem.message });
      }
    });
  }
  return checked.ok && problems.length === 0 ? { ok: true, value: checked.value.watches } : { ok: false, problems };
}

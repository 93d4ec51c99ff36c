/**
 * Scores the tagger against a gold JSONL file (format: ../shared/eval/README.md).
 *
 * @example
 * npx tsx scripts/eval.ts ../shared/eval/dev.jsonl            # tables, then a JSON summary line
 * npx tsx scripts/eval.ts ../shared/eval/dev.jsonl --errors   # also list false positives/negatives
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import type { Category, Mention } from '../shared/article/mention.js';
import { findActors } from '../shared/tagging/gazetteer/index.js';
import { DEFAULT_MIN_CONFIDENCE, isAlertable, tagText } from '../shared/tagging/index.js';

const GoldRowSchema = z.looseObject({
  id: z.string().min(1),
  text: z.string(),
  sanctions: z.boolean().nullable(),
  military_deployment: z.boolean().nullable(),
  source_actor: z.string().nullable().optional(),
});
export type GoldRow = z.output<typeof GoldRowSchema>;

/** The two scored labels: gold field name and tagger category. */
export const LABELS = [
  { key: 'sanctions', category: 'sanctions' },
  { key: 'military_deployment', category: 'military-deployment' },
] as const satisfies readonly { key: 'sanctions' | 'military_deployment'; category: Category }[];
type LabelKey = (typeof LABELS)[number]['key'];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
  n: number;
}

/** Reads and validates a gold file; the error names the file, line and field. */
export function loadGold(path: string): GoldRow[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read gold file ${JSON.stringify(path)}: ${(e as Error).message}`);
  }
  const rows: GoldRow[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${i + 1}: not JSON: ${JSON.stringify(line.slice(0, 80))}`);
    }
    const parsed = GoldRowSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}:${i + 1}: ${issue?.path.join('.') || 'row'}: ${issue?.message}`);
    }
    rows.push(parsed.data);
  });
  if (rows.length === 0) throw new Error(`${path}: no rows`);
  return rows;
}

export function scoresOf(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1, n: c.tp + c.fp + c.fn + c.tn };
}

/** Source prefix of a row id: `cameo-`, `plover-`, `rams-`, `icbe-`. */
export const sourceOf = (id: string): string => id.split('-')[0] ?? id;

/** Whether the gold source actor names one of the predicted agents, by country code or by name. */
export function actorMatches(goldActor: string, agents: Mention['agents']): boolean {
  const goldCodes = new Set(
    findActors(goldActor, 0, goldActor.length).flatMap((h) => (h.actor.kind === 'state' ? [h.actor.code] : [h.actor.name])),
  );
  const names = (s: string): boolean =>
    new RegExp(`(?<!\\w)${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\w)`, 'i').test(goldActor);
  return agents.some((a) =>
    a.kind === 'state' ? goldCodes.has(a.code) || names(a.surface) : goldCodes.has(a.name) || names(a.name) || names(a.surface),
  );
}

export interface RowPrediction {
  row: GoldRow;
  mentions: Mention[];
}

export interface Report {
  labels: Record<LabelKey, Scores>;
  bySource: Record<string, Partial<Record<LabelKey, Scores>>>;
  actorMatch: Record<LabelKey, { matched: number; withGold: number; share: number }>;
  curve: Record<LabelKey, { threshold: number; precision: number; recall: number; f1: number }[]>;
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const add = (c: Counts, gold: boolean, predicted: boolean): void => {
  if (gold && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
};

/** Scores predictions: a row is positive for a label when it has an alertable mention of that category. */
export function score(predictions: readonly RowPrediction[]): Report {
  const labels = {} as Report['labels'];
  const bySource: Report['bySource'] = {};
  const actorMatch = {} as Report['actorMatch'];
  const curve = {} as Report['curve'];
  for (const { key, category } of LABELS) {
    const total = empty();
    const sources: Record<string, Counts> = {};
    const thresholds = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((threshold) => ({ threshold, counts: empty() }));
    let matched = 0;
    let withGold = 0;
    for (const { row, mentions } of predictions) {
      const gold = row[key];
      if (gold === null) continue;
      const ofCategory = mentions.filter((m) => m.category === category);
      const alertable = ofCategory.filter((m) => isAlertable(m));
      const predicted = alertable.length > 0;
      add(total, gold, predicted);
      add((sources[sourceOf(row.id)] ??= empty()), gold, predicted);
      for (const t of thresholds) add(t.counts, gold, ofCategory.some((m) => isAlertable(m, { minConfidence: t.threshold })));
      if (gold && predicted && row.source_actor) {
        withGold++;
        if (actorMatches(row.source_actor, alertable.flatMap((m) => m.agents))) matched++;
      }
    }
    labels[key] = scoresOf(total);
    for (const [source, counts] of Object.entries(sources)) (bySource[source] ??= {})[key] = scoresOf(counts);
    actorMatch[key] = { matched, withGold, share: withGold === 0 ? 0 : matched / withGold };
    curve[key] = thresholds.map((t) => {
      const s = scoresOf(t.counts);
      return { threshold: t.threshold, precision: s.precision, recall: s.recall, f1: s.f1 };
    });
  }
  return { labels, bySource, actorMatch, curve };
}

const f = (x: number): string => x.toFixed(2);
const row = (name: string, s: Scores): string =>
  `${name.padEnd(22)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${String(s.tn).padStart(4)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)} ${String(s.n).padStart(5)}`;

/** The human-readable report, then the machine-readable JSON line last. */
export function formatReport(report: Report): string {
  const lines: string[] = [];
  const header = `${'label'.padEnd(22)}   TP   FP   FN   TN     P     R    F1     n`;
  lines.push(`Default rule: modality asserted/reported, confidence >= ${DEFAULT_MIN_CONFIDENCE}`, '', header);
  for (const { key } of LABELS) lines.push(row(key, report.labels[key]));
  lines.push('', 'By source', header);
  for (const [source, labels] of Object.entries(report.bySource).sort()) {
    for (const { key } of LABELS) {
      const s = labels[key];
      if (s) lines.push(row(`${source} ${key}`, s));
    }
  }
  lines.push('', 'Actor match (true positives whose gold source actor is a predicted agent)');
  for (const { key } of LABELS) {
    const a = report.actorMatch[key];
    lines.push(`${key.padEnd(22)} ${a.matched}/${a.withGold} = ${f(a.share)}`);
  }
  lines.push('', 'Precision/recall by confidence threshold');
  for (const { key } of LABELS) {
    lines.push(`${key}: ${report.curve[key].map((p) => `${p.threshold}: P ${f(p.precision)} R ${f(p.recall)}`).join(' | ')}`);
  }
  const summary = (s: Scores) => ({ precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), n: s.n });
  lines.push(
    JSON.stringify({
      sanctions: summary(report.labels.sanctions),
      military_deployment: summary(report.labels.military_deployment),
      actorMatch: Object.fromEntries(LABELS.map(({ key }) => [key, round(report.actorMatch[key].share)])),
      bySource: Object.fromEntries(
        Object.entries(report.bySource).map(([src, labels]) => [src, Object.fromEntries(Object.entries(labels).map(([k, s]) => [k, summary(s)]))]),
      ),
    }),
  );
  return lines.join('\n');
}
const round = (x: number): number => Math.round(x * 1000) / 1000;

/** False positives and negatives, for reading the errors. */
export function formatErrors(predictions: readonly RowPrediction[]): string {
  const lines: string[] = [];
  for (const { key, category } of LABELS) {
    for (const { row: r, mentions } of predictions) {
      const gold = r[key];
      if (gold === null) continue;
      const alertable = mentions.filter((m) => m.category === category && isAlertable(m));
      const predicted = alertable.length > 0;
      if (gold === predicted) continue;
      const why = mentions
        .filter((m) => m.category === category)
        .map((m) => `${m.ruleId}/${m.modality}/${m.confidence} «${m.trigger.text}»`)
        .join('; ');
      lines.push(`${gold ? 'FN' : 'FP'} ${key} ${r.id}: ${r.text}${why ? `\n     ${why}` : ''}`);
    }
  }
  return lines.join('\n');
}

export function main(args: readonly string[]): number {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: tsx scripts/eval.ts FILE.jsonl [--errors]\n');
    return 2;
  }
  let rows: GoldRow[];
  try {
    rows = loadGold(resolve(file));
  } catch (e) {
    process.stderr.write(`eval: ${(e as Error).message}\n`);
    return 1;
  }
  const predictions = rows.map((row) => ({ row, mentions: tagText(row.text) }));
  if (args.includes('--errors')) process.stdout.write(`${formatErrors(predictions)}\n\n`);
  process.stdout.write(`${formatReport(score(predictions))}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));

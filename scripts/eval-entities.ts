/**
 * Measures sanctioned-entity linking on real sentences: `eval/entities/sentences.jsonl` holds
 * references into the team kit (corpus, record, UTF-16 offsets, a short SHA-256 of the sentence),
 * never the text, with the SDN entries each sentence names. See `eval/entities/README.md`.
 *
 * Each sentence is linked as the clause of a sanctions mention whose actors are those the tagger
 * finds in that sentence of its article; the article text is given for the acronyms it defines.
 * Link precision = correct links / links made; recall = correct links / expected links.
 *
 * @example
 *   npm run eval:entities     # per-source figures and every miss, then {"entities":{…}} as the last line
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Mention } from '../shared/article/mention.js';
import { linkMentions } from '../shared/entity-linking/link-mentions.js';
import { buildList, ofacSdnAdapter } from '../shared/sanctions-lists/adapter.js';
import { buildSanctionsIndex, type SanctionsIndex } from '../shared/sanctions-lists/sanctions-index.js';
import { tagText } from '../shared/tagging/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const KIT = join(ROOT, '..', 'shared');
export const SENTENCES = join(ROOT, 'eval', 'entities', 'sentences.jsonl');

export interface SentenceRef {
  source: 'bbc' | 'ag-news' | 'fixture';
  record: string;
  start: number;
  end: number;
  sha: string;
  /** SDN entry numbers the sentence names; empty for none. */
  expected: string[];
  note: string;
}

export interface SentenceResult {
  ref: SentenceRef;
  sentence: string;
  linked: string[];
}

export const shortSha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8);

/** Article texts of the kit by source and record id: BBC by id, AG news by row (title, blank line, description), fixtures by file. */
export function kitRecords(kit: string): (source: SentenceRef['source'], record: string) => string {
  let bbc: Map<string, string> | undefined;
  let ag: string[] | undefined;
  return (source, record) => {
    if (source === 'fixture') return readFileSync(join(kit, 'fixtures', record), 'utf8');
    if (source === 'bbc') {
      bbc ??= new Map(
        readFileSync(join(kit, 'corpus', 'bbc-news-2004-2005.jsonl'), 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as { id: string; text: string })
          .map((r) => [r.id, r.text]),
      );
      return bbc.get(record) ?? '';
    }
    ag ??= (parse(readFileSync(join(kit, 'corpus', 'ag-news-2004-half.csv'), 'utf8'), { columns: true }) as { title: string; description: string }[]).map(
      (r) => `${r.title}\n\n${r.description.replace(/\\n/g, '\n')}`,
    );
    return ag[Number(record) - 1] ?? '';
  };
}

/** A sanctions mention over the sentence, with the actors the tagger finds there. */
function mentionOver(text: string, start: number, end: number): Mention {
  const around = tagText(text).filter((m) => m.evidence.start < end && start < m.evidence.end);
  return {
    category: 'sanctions',
    subtype: 'imposed',
    modality: 'asserted',
    agents: around.flatMap((m) => m.agents),
    patients: around.flatMap((m) => m.patients.map((p) => (p.kind === 'state' ? p : { ...p, sanctions: undefined }))),
    trigger: { start, end: start, text: '' },
    evidence: { start, end, text: text.slice(start, end) },
    ruleId: 'eval.sentence',
    confidence: 1,
  };
}

/** Links every referenced sentence; throws when a reference no longer resolves to its sentence. */
export function linkSentences(index: SanctionsIndex, refs: readonly SentenceRef[], recordText: ReturnType<typeof kitRecords>): SentenceResult[] {
  return refs.map((ref) => {
    const text = recordText(ref.source, ref.record);
    const sentence = text.slice(ref.start, ref.end);
    if (shortSha(sentence) !== ref.sha) throw new Error(`${ref.source} ${ref.record} [${ref.start},${ref.end}): the text there no longer has SHA ${ref.sha} (got ${JSON.stringify(sentence.slice(0, 60))})`);
    const [linked] = linkMentions(index, text, [mentionOver(text, ref.start, ref.end)]);
    const ids = (linked ? [...linked.agents, ...linked.patients] : []).flatMap((a) => (a.kind === 'state' ? [] : (a.sanctions ?? []).map((l) => l.id)));
    return { ref, sentence, linked: [...new Set(ids)] };
  });
}

export interface LinkScore {
  sentences: number;
  expected: number;
  linked: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function scoreLinks(results: readonly SentenceResult[]): LinkScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { ref, linked } of results) {
    tp += linked.filter((id) => ref.expected.includes(id)).length;
    fp += linked.filter((id) => !ref.expected.includes(id)).length;
    fn += ref.expected.filter((id) => !linked.includes(id)).length;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    sentences: results.length,
    expected: tp + fn,
    linked: tp + fp,
    tp,
    fp,
    fn,
    precision: round(tp + fp === 0 ? 1 : tp / (tp + fp)),
    recall: round(tp + fn === 0 ? 1 : tp / (tp + fn)),
  };
}

export const readSentenceRefs = (file = SENTENCES): SentenceRef[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SentenceRef);

/** The SDN list of 2024-05-03 from the kit, the version the expectations were written against. */
export function kitSdnIndex(kit = KIT): SanctionsIndex {
  const read = (name: string) => readFileSync(join(kit, 'sanctions', 'ofac', name), 'utf8');
  return buildSanctionsIndex(buildList(ofacSdnAdapter, { 'sdn.csv': read('sdn-2024-05-03.csv'), 'alt.csv': read('alt.csv'), 'add.csv': read('add.csv') }, '2024-05-03'));
}

function main(): number {
  if (!existsSync(join(KIT, 'sanctions', 'ofac', 'sdn-2024-05-03.csv'))) {
    process.stderr.write(`eval:entities needs the team kit: no OFAC snapshot under ${join(KIT, 'sanctions', 'ofac')}\n`);
    return 1;
  }
  const results = linkSentences(kitSdnIndex(), readSentenceRefs(), kitRecords(KIT));
  for (const source of ['bbc', 'ag-news', 'fixture'] as const) {
    const s = scoreLinks(results.filter((r) => r.ref.source === source));
    process.stdout.write(`${source.padEnd(8)} ${String(s.sentences).padStart(3)} sentences  P ${s.precision.toFixed(2)}  R ${s.recall.toFixed(2)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})\n`);
  }
  for (const r of results) {
    const wrong = r.linked.filter((id) => !r.ref.expected.includes(id));
    const missed = r.ref.expected.filter((id) => !r.linked.includes(id));
    if (wrong.length + missed.length === 0) continue;
    process.stdout.write(`  ${wrong.length > 0 ? `FP ${wrong.join(',')}` : `FN ${missed.join(',')}`}  ${r.ref.source} ${r.ref.record}: ${r.sentence.slice(0, 110).replace(/\s+/g, ' ')}  (${r.ref.note})\n`);
  }
  process.stdout.write(`${JSON.stringify({ entities: scoreLinks(results) })}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main();

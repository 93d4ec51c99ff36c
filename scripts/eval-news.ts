/**
 * Scores the tagger against the hand-judged real-news alert set in `eval/real-news/`.
 *
 * The set stores references, never kit text: each line of `judgements.jsonl` names a document of
 * the team kit (`../shared/`), a sentence span in it and the sha1 of that sentence, with the gold
 * events a reader found there (`eval/real-news/README.md`, `GUIDELINES.md`). This script rebuilds
 * every document as documented below, fails loudly when a sentence no longer hashes the same, tags
 * each judged document as an article and compares its mentions with the gold sentence by sentence.
 *
 * @example
 * npm run eval:news                          # tables, then a JSON summary line
 * npm run eval:news -- --verbose             # also each false positive and negative with its sentence
 * npm run eval:news -- --candidates bbc bbc-politics-001   # unjudged candidate sentences, for judging
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import * as z from 'zod';
import {
  DEPLOYMENT_SUBTYPES,
  SANCTIONS_SUBTYPES,
  actorKeysOf,
  type Actor,
  type Category,
  type Mention,
} from '../shared/article/mention.js';
import { isAlertable, tagText } from '../shared/tagging/index.js';

/** `../shared` beside the repository root: the team kit. */
export const KIT_ROOT = resolve(fileURLToPath(new URL('../../shared', import.meta.url)));
export const JUDGEMENTS_FILE = resolve(fileURLToPath(new URL('../eval/real-news/judgements.jsonl', import.meta.url)));

// ---------------------------------------------------------------------------------------------
// Documents: how each corpus item becomes the article text the tagger sees.

export const CORPORA = ['ag', 'bbc', 'html', 'first-article'] as const;
export type Corpus = (typeof CORPORA)[number];

export interface NewsDocument {
  corpus: Corpus;
  /** AG: 1-based data row (header excluded); BBC: its `id`; html: `<dir>/<Publisher>/<V key>`; `first-article`. */
  id: string;
  text: string;
  /** Publication year where the source gives one: AG items are from 2004; html pages carry `publishing_date`. */
  year?: number;
}

/** Numeric references 128–159 are Windows-1252 code points in the AG corpus ("#151;" is an em dash). */
const CP1252: Record<string, string> = { 145: '\u2018', 146: '\u2019', 147: '\u201C', 148: '\u201D', 150: '\u2013', 151: '\u2014' };
const NAMED: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>' };

/**
 * An AG field as readable text. AG marks a line break with a single backslash ("dwindling\band" is
 * "dwindling", a break, "band"): that is the corpus README's "`\n`", since the two characters `\n`
 * occur only where a break precedes a word starting with n ("\network"). `\$` is an escaped dollar.
 * Character references that lost their `&` to a space upstream (" #39;", " quot;") are decoded
 * ("doesn #39;t" is "doesn't"); intact ones ("&lt;A HREF…" ticker markup) are left as they are.
 */
export function agFieldText(field: string): string {
  return field
    .replace(/\\\$/g, '$')
    .replace(/\\/g, '\n')
    .replace(/ (?:#(\d+)|(quot|amp|lt|gt));/g, (_, code: string | undefined, name: string | undefined) =>
      code !== undefined ? (CP1252[code] ?? String.fromCharCode(Number(code))) : (NAMED[name as string] as string),
    );
}

/** AG items as articles: title, a blank line, description (wire prefix such as "AP -" kept). */
export function loadAg(kit: string): NewsDocument[] {
  const rows = parseCsv(readFileSync(join(kit, 'corpus/ag-news-2004-half.csv')), { columns: true }) as Record<string, string>[];
  return rows.map((row, i) => ({
    corpus: 'ag',
    id: String(i + 1),
    text: `${agFieldText(row.title ?? '')}\n\n${agFieldText(row.description ?? '')}`,
    year: 2004,
  }));
}

const BbcRowSchema = z.looseObject({ id: z.string(), title: z.string(), text: z.string(), category: z.string() });

/** BBC articles: title, a blank line, text. They carry no date (2004–2005), so no year is given. */
export function loadBbc(kit: string): NewsDocument[] {
  return readFileSync(join(kit, 'corpus/bbc-news-2004-2005.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const row = BbcRowSchema.parse(JSON.parse(line));
      return { corpus: 'bbc', id: row.id, text: `${row.title}\n\n${row.text}` };
    });
}

const FundusEntrySchema = z.looseObject({
  title: z.string().optional(),
  publishing_date: z.string().optional(),
  body: z
    .looseObject({
      summary: z.array(z.string()).optional(),
      sections: z.array(z.looseObject({ headline: z.array(z.string()), paragraphs: z.array(z.string()) })).optional(),
    })
    .optional(),
});

/**
 * The fixture pages as their known-good bodies (`<dir>/<Publisher>.json`, not the HTML, so the set
 * does not move with the extractor): title, summary, then each section's headlines and paragraphs,
 * joined by blank lines. The year is that of `publishing_date`.
 */
export function loadHtml(kit: string): NewsDocument[] {
  const root = join(kit, 'fixtures/html');
  const docs: NewsDocument[] = [];
  for (const dir of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort()) {
      const raw: unknown = JSON.parse(readFileSync(join(root, dir, file), 'utf8'));
      for (const [key, entry] of Object.entries(z.record(z.string(), FundusEntrySchema).parse(raw))) {
        const body = entry.body ?? {};
        const parts = [entry.title ?? '', ...(body.summary ?? [])];
        for (const section of body.sections ?? []) parts.push(...section.headline, ...section.paragraphs);
        const year = Number(entry.publishing_date?.slice(0, 4));
        docs.push({
          corpus: 'html',
          id: `${dir}/${file.slice(0, -'.json'.length)}/${key}`,
          text: parts.join('\n\n'),
          ...(Number.isInteger(year) ? { year } : {}),
        });
      }
    }
  }
  return docs;
}

/** The first article, whole; its source gives no date. */
export function loadFirstArticle(kit: string): NewsDocument[] {
  return [{ corpus: 'first-article', id: 'first-article', text: readFileSync(join(kit, 'fixtures/first-article.txt'), 'utf8') }];
}

const LOADERS: Record<Corpus, (kit: string) => NewsDocument[]> = {
  ag: loadAg,
  bbc: loadBbc,
  html: loadHtml,
  'first-article': loadFirstArticle,
};

/** The kit's documents by corpus and id, each corpus read once. */
export class NewsKit {
  private readonly loaded = new Map<Corpus, Map<string, NewsDocument>>();

  constructor(readonly root: string = KIT_ROOT) {}

  documents(corpus: Corpus): Map<string, NewsDocument> {
    let docs = this.loaded.get(corpus);
    if (!docs) {
      docs = new Map(LOADERS[corpus](this.root).map((d) => [d.id, d]));
      this.loaded.set(corpus, docs);
    }
    return docs;
  }
}

/**
 * Tags one document as an article. The only call into the tagger: the publication year is passed
 * where the source gives one (AG 2004, html pages), and nothing for undated BBC and first-article text.
 */
export function tagDocument(doc: NewsDocument): Mention[] {
  return tagText(doc.text, doc.year === undefined ? {} : { year: doc.year });
}

// ---------------------------------------------------------------------------------------------
// Candidate sentences: the sentences a reader judged, chosen without the tagger.

/**
 * Words that may start a sanctions or deployment mention, far broader than any tagger's rules, so
 * that every sentence a tagger could fire on is judged: measures (sanction, embargo, boycott,
 * blacklist, designation, asset freezes, export controls, the Entity and SDN lists, trade, arms and
 * travel bans); force nouns (troops, soldiers, forces/force, army, military, navy, marines, ships,
 * aircraft, units, weapons systems); and movement, posture and exercise words (deploy, mobilise,
 * dispatch, exercise, drill, withdraw, pull out, reinforce, station, patrol, alert, intervention,
 * invasion, crossing or advancing into). Matched case-insensitively at word starts.
 */
const CANDIDATE_TERMS = [
  // sanctions
  String.raw`sanction\w*|embargo\w*|boycott\w*|black-?list\w*|designat\w*|freez\w*|froze\w*|export[- ]controls?|entity list|sdn|ofac|swift`,
  String.raw`(?:import|export|arms|trade|travel|visa|flight|oil|weapons?)[- ]bans?`,
  String.raw`ban(?:s|ned|ning)? (?:\w+ ){0,3}(?:imports?|exports?|trade|travel|sales?|flights|shipments?)`,
  String.raw`prohibit\w*|restrictive measures|punitive measures|trade restrictions`,
  // forces and weapons systems
  String.raw`troop\w*|soldier\w*|servicem[ae]n|servicewom[ae]n|forces?|army|armies|military|militarily|navy|naval|marines?`,
  String.raw`war-?ships?|war ?planes?|fleets?|flotillas?|aircraft carriers?|jets|fighters?|fighter (?:jets?|planes?|aircraft)|bombers?`,
  String.raw`tanks|brigades?|battalions?|divisions?|regiments?|squadrons?|contingents?|peace-?keep\w*|paratroop\w*|commandos?`,
  String.raw`infantry|artillery|helicopters?|gunships?|submarines?|destroyers?|frigates?|minesweepers?|national guard\w*|guardsmen`,
  String.raw`reservists?|conscript\w*|missiles?|air[- ]defen[cs]e\w*|awacs|drones?`,
  // movement, posture, exercise
  String.raw`deploy\w*|redeploy\w*|mobili[sz]\w*|demobili[sz]\w*|dispatch\w*|exercis\w*|drills?|drilling|manoeuvr\w*|maneuver\w*`,
  String.raw`war[- ]?games?|withdr[ae]w\w*|pull(?:ed|ing|s)?[- ]?(?:out|back)|pull-?outs?|reinforc\w*|stationed|garrison\w*|airlift\w*`,
  String.raw`evacuat\w*|patrol\w*|overfl\w*|build-?up|massing|massed|called up|call-?up|alert\w*|intervention|invasion|invad\w*`,
  String.raw`incursions?|cross(?:ed|es|ing)? into|advanc\w* (?:into|on|to)|disband\w*|stand(?:s|ing)? down|stood down|defcon`,
];
export const CANDIDATE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CANDIDATE_TERMS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Span of a text: UTF-16 offsets, end exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** Words whose final period does not end a sentence (single letters, as in "U.S.", are handled apart). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'brig', 'rep', 'sen',
  'gov', 'pres', 'prof', 'rev', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'fig',
  // AP-style state abbreviations in datelines ("ROYAL OAK, Mich. - ..."); those that are also words are left out
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'fla', 'kan', 'mich', 'minn', 'mont', 'neb', 'nev', 'okla', 'tenn', 'tex', 'wis', 'wyo',
]);
const CLOSERS = '"\')\u2019\u201D\u00BB';
const SENTENCE_START = /[\p{Lu}\p{N}"'(\u2018\u201C]/u;

/**
 * Sentences of a text, deterministic and independent of the tagger's splitter and of ICU versions.
 * A blank line ends a sentence. A single line break does too, unless the next line starts in lower
 * case (a wrapped line) or `lineWraps` says single breaks are wraps (AG's hard-wrapped wire text).
 * `.`, `!` or `?` (with any closing quotes or brackets) ends one before a space and a capital, digit
 * or opening quote, unless the period closes an abbreviation or a single letter ("U.S.", "J.").
 * Spans exclude surrounding whitespace.
 */
export function splitSentences(text: string, { lineWraps = false }: { lineWraps?: boolean } = {}): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const push = (from: number, to: number): void => {
    while (from < to && /\s/.test(text[from] as string)) from++;
    while (to > from && /\s/.test(text[to - 1] as string)) to--;
    if (to > from) spans.push({ start: from, end: to });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '\n') {
      const blankLine = /^[ \t]*\n/.test(text.slice(i + 1, i + 40)) || /\n[ \t]*$/.test(text.slice(Math.max(0, i - 40), i));
      const nextLine = /^[ \t]*(\S)/.exec(text.slice(i + 1, i + 40))?.[1];
      if (!blankLine && (lineWraps || (nextLine !== undefined && /\p{Ll}/u.test(nextLine)))) continue;
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end] as string)) end++;
    if (end < text.length && !/\s/.test(text[end] as string)) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next] as string)) next++;
    if (next < text.length && !SENTENCE_START.test(text[next] as string)) continue;
    if (ch === '.') {
      const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1];
      if (word !== undefined && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()))) continue;
    }
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return spans;
}

/** The sentences of a text that the candidate regex hits. */
export const candidateSentences = (doc: Pick<NewsDocument, 'corpus' | 'text'>): SentenceSpan[] =>
  sentencesOf(doc).filter((s) => CANDIDATE.test(doc.text.slice(s.start, s.end)));

/** A document's sentences: AG's single line breaks are wraps of the wire text. */
export const sentencesOf = (doc: Pick<NewsDocument, 'corpus' | 'text'>): SentenceSpan[] =>
  splitSentences(doc.text, { lineWraps: doc.corpus === 'ag' });

/** First 12 hex digits of the sha1 of a sentence's text: what a judgement pins. */
export const sentenceSha = (sentence: string): string => createHash('sha1').update(sentence, 'utf8').digest('hex').slice(0, 12);

// ---------------------------------------------------------------------------------------------
// Judgements

const LABEL_KEYS = { sanctions: 'sanctions', 'military-deployment': 'military_deployment' } as const satisfies Record<Category, string>;
type LabelKey = (typeof LABEL_KEYS)[Category];

const GoldEventSchema = z
  .strictObject({
    category: z.enum(['sanctions', 'military-deployment']),
    subtype: z.enum([...SANCTIONS_SUBTYPES, ...DEPLOYMENT_SUBTYPES]),
    alertGrade: z.boolean(),
    /** States as ISO 3166-1 alpha-2 codes; organisations and other entities by name. */
    agents: z.array(z.string().min(1)),
    patients: z.array(z.string().min(1)),
    reason: z.string().min(1),
  })
  .refine(
    (e) => (e.category === 'sanctions' ? SANCTIONS_SUBTYPES : DEPLOYMENT_SUBTYPES).some((s) => s === e.subtype),
    { message: 'subtype does not belong to the category' },
  );
export type GoldEvent = z.output<typeof GoldEventSchema>;

const JudgementSchema = z
  .strictObject({
    doc: z.strictObject({ corpus: z.enum(CORPORA), id: z.union([z.string().min(1), z.number().int().positive()]).transform(String) }),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    sha: z.string().regex(/^[0-9a-f]{12}$/),
    events: z.array(GoldEventSchema),
    reason: z.string().min(1).optional(),
  })
  .refine((j) => j.end > j.start, { message: 'end must be after start' })
  .refine((j) => j.events.length > 0 || j.reason !== undefined, { message: 'a sentence with no event needs a reason' });
export type Judgement = z.output<typeof JudgementSchema> & { line: number };

/** Reads and validates the judgements; an error names the file, line and field. */
export function parseJudgements(raw: string, file = JUDGEMENTS_FILE): Judgement[] {
  const judgements: Judgement[] = [];
  const seen = new Set<string>();
  raw.split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    const line = i + 1;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Error(`${file}:${line}: not JSON: ${JSON.stringify(text.slice(0, 80))}`);
    }
    const parsed = JudgementSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}:${line}: ${issue?.path.join('.') || 'judgement'}: ${issue?.message}`);
    }
    const key = `${parsed.data.doc.corpus}:${parsed.data.doc.id}:${parsed.data.start}`;
    if (seen.has(key)) throw new Error(`${file}:${line}: sentence ${key} is judged twice`);
    seen.add(key);
    judgements.push({ ...parsed.data, line });
  });
  return judgements;
}

export interface JudgedSentence extends SentenceSpan {
  doc: NewsDocument;
  text: string;
  events: GoldEvent[];
  reason?: string;
  line: number;
}

/** Judged sentences against the kit's text; throws, naming each line, when a sentence has moved or changed. */
export function resolveJudgements(judgements: readonly Judgement[], kit: NewsKit): JudgedSentence[] {
  const problems: string[] = [];
  const sentences: JudgedSentence[] = [];
  for (const j of judgements) {
    const doc = kit.documents(j.doc.corpus).get(j.doc.id);
    if (!doc) {
      problems.push(`line ${j.line}: no ${j.doc.corpus} document ${JSON.stringify(j.doc.id)}`);
      continue;
    }
    const text = doc.text.slice(j.start, j.end);
    const sha = sentenceSha(text);
    if (sha !== j.sha) {
      problems.push(`line ${j.line}: ${j.doc.corpus} ${j.doc.id} [${j.start},${j.end}) hashes ${sha}, judged ${j.sha}: ${JSON.stringify(text.slice(0, 60))}`);
      continue;
    }
    sentences.push({ doc, start: j.start, end: j.end, text, events: j.events, ...(j.reason ? { reason: j.reason } : {}), line: j.line });
  }
  if (problems.length > 0) {
    throw new Error(
      `${problems.length} judged sentence(s) no longer match the kit (did a document's construction or the kit change?):\n  ${problems.join('\n  ')}`,
    );
  }
  return sentences;
}

// ---------------------------------------------------------------------------------------------
// Scoring

/** One document's judged sentences and the tagger's mentions on it. */
export interface DocumentPrediction {
  doc: NewsDocument;
  sentences: readonly JudgedSentence[];
  mentions: readonly Mention[];
}

/**
 * The judged sentence a mention belongs to: the one holding its trigger, else the one its evidence
 * overlaps most; undefined when its evidence lies outside every judged sentence (unjudged).
 */
export function sentenceOf(sentences: readonly SentenceSpan[], m: Mention): number | undefined {
  const holding = sentences.findIndex((s) => s.start <= m.trigger.start && m.trigger.start < s.end);
  if (holding >= 0) return holding;
  let best: number | undefined;
  let bestOverlap = 0;
  sentences.forEach((s, i) => {
    const overlap = Math.min(s.end, m.evidence.end) - Math.max(s.start, m.evidence.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
  });
  return best;
}

/**
 * Whether predicted actors on one side are consistent with gold: when gold names actors on that
 * side, each predicted one must be among them; when it names none, no predicted one may be an actor
 * gold has on the other side (the target given as the agent, or the reverse). Gold names states by
 * ISO code and bodies by name, compared with the tagger's keys (code, name, entity's country).
 */
export function actorsConsistent(predicted: readonly Actor[], sameSide: readonly string[], otherSide: readonly string[]): boolean {
  const same = new Set(sameSide.map((a) => a.toUpperCase()));
  const other = new Set(otherSide.map((a) => a.toUpperCase()));
  return predicted.every((actor) => {
    const keys = actorKeysOf([actor]).map((k) => k.toUpperCase());
    return same.size > 0 ? keys.some((k) => same.has(k)) : !keys.some((k) => other.has(k));
  });
}

/** Largest one-to-one pairing of mentions with gold events (augmenting paths; sentences hold a handful). */
function maximumMatching(mentionCount: number, eventCount: number, compatible: (m: number, e: number) => boolean): number {
  const mentionOfEvent: (number | undefined)[] = new Array(eventCount).fill(undefined);
  const augment = (m: number, visited: boolean[]): boolean => {
    for (let e = 0; e < eventCount; e++) {
      if (visited[e] || !compatible(m, e)) continue;
      visited[e] = true;
      const holder = mentionOfEvent[e];
      if (holder === undefined || augment(holder, visited)) {
        mentionOfEvent[e] = m;
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (let m = 0; m < mentionCount; m++) if (augment(m, new Array(eventCount).fill(false))) matched++;
  return matched;
}

export const READINGS = ['alert', 'alertActors', 'detection'] as const;
export type Reading = (typeof READINGS)[number];

interface ReadingRule {
  predicted: (m: Mention) => boolean;
  gold: (e: GoldEvent) => boolean;
  checkActors: boolean;
}
const RULES: Record<Reading, ReadingRule> = {
  alert: { predicted: (m) => isAlertable(m), gold: (e) => e.alertGrade, checkActors: false },
  alertActors: { predicted: (m) => isAlertable(m), gold: (e) => e.alertGrade, checkActors: true },
  detection: { predicted: (m) => m.modality !== 'negated', gold: () => true, checkActors: false },
};

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  /** Mentions matching a gold event of the reading in their sentence. */
  tp: number;
  /** Mentions matching none. */
  fp: number;
  /** Gold events left over by the largest one-to-one pairing with mentions. */
  fn: number;
  /** Gold events of the reading. */
  events: number;
}

export interface ScoredError {
  kind: 'FP' | 'FN';
  reading: Reading;
  sentence: JudgedSentence;
  mention?: Mention;
  event?: GoldEvent;
}

export interface NewsReport {
  readings: Record<Reading, Record<LabelKey, LabelScore>>;
  errors: ScoredError[];
  /** Mentions whose evidence lies outside every judged sentence: not scored, never dropped silently. */
  unjudged: { doc: NewsDocument; mention: Mention }[];
  sentences: number;
  events: number;
}

const scoreOf = (tp: number, fp: number, fn: number, events: number): LabelScore => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = events === 0 ? 0 : (events - fn) / events;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn, events };
};

/**
 * Scores mentions against gold per judged sentence and category. Precision counts a mention as
 * right when its sentence holds a gold event of its category that the reading admits (alert grade
 * for `alert`, also with consistent actors for `alertActors`, any grade for `detection`); recall
 * counts gold events paired one-to-one with such mentions, so one mention never finds two events.
 */
export function scoreNews(documents: readonly DocumentPrediction[]): NewsReport {
  const counts = {} as Record<Reading, Record<LabelKey, { tp: number; fp: number; fn: number; events: number }>>;
  for (const reading of READINGS) counts[reading] = { sanctions: { tp: 0, fp: 0, fn: 0, events: 0 }, military_deployment: { tp: 0, fp: 0, fn: 0, events: 0 } };
  const errors: ScoredError[] = [];
  const unjudged: NewsReport['unjudged'] = [];
  let sentences = 0;
  let events = 0;
  for (const { doc, sentences: judged, mentions } of documents) {
    sentences += judged.length;
    events += judged.reduce((n, s) => n + s.events.length, 0);
    const bySentence = judged.map((): Mention[] => []);
    for (const m of mentions) {
      const i = sentenceOf(judged, m);
      if (i === undefined) unjudged.push({ doc, mention: m });
      else bySentence[i]?.push(m);
    }
    judged.forEach((sentence, i) => {
      for (const reading of READINGS) {
        const rule = RULES[reading];
        for (const [category, key] of Object.entries(LABEL_KEYS) as [Category, LabelKey][]) {
          const predicted = (bySentence[i] ?? []).filter((m) => m.category === category && rule.predicted(m));
          const gold = sentence.events.filter((e) => e.category === category && rule.gold(e));
          const compatible = (m: Mention, e: GoldEvent): boolean =>
            !rule.checkActors || (actorsConsistent(m.agents, e.agents, e.patients) && actorsConsistent(m.patients, e.patients, e.agents));
          const c = counts[reading][key];
          c.events += gold.length;
          for (const m of predicted) {
            if (gold.some((e) => compatible(m, e))) c.tp++;
            else {
              c.fp++;
              errors.push({ kind: 'FP', reading, sentence, mention: m });
            }
          }
          const paired = maximumMatching(predicted.length, gold.length, (mi, ei) => compatible(predicted[mi] as Mention, gold[ei] as GoldEvent));
          c.fn += gold.length - paired;
          if (paired < gold.length) {
            // Which events are left over is arbitrary when several compete; list those no mention could take.
            const unpaired = gold.filter((e) => !predicted.some((m) => compatible(m, e)));
            for (const event of unpaired.length > 0 ? unpaired : gold.slice(paired)) errors.push({ kind: 'FN', reading, sentence, event });
          }
        }
      }
    });
  }
  const readings = {} as NewsReport['readings'];
  for (const reading of READINGS) {
    const r = counts[reading];
    readings[reading] = {
      sanctions: scoreOf(r.sanctions.tp, r.sanctions.fp, r.sanctions.fn, r.sanctions.events),
      military_deployment: scoreOf(r.military_deployment.tp, r.military_deployment.fp, r.military_deployment.fn, r.military_deployment.events),
    };
  }
  return { readings, errors, unjudged, sentences, events };
}

// ---------------------------------------------------------------------------------------------
// Report

const round = (x: number): number => Math.round(x * 1000) / 1000;
const f2 = (x: number): string => x.toFixed(2);
const docName = (doc: NewsDocument): string => `${doc.corpus} ${doc.id}`;
const actorText = (actors: readonly Actor[]): string => actors.map((a) => (a.kind === 'state' ? a.code : a.name)).join(',') || '-';
const mentionText = (m: Mention): string =>
  `${m.category}/${m.subtype}/${m.modality} ${f2(m.confidence)} ${actorText(m.agents)}→${actorText(m.patients)} «${m.trigger.text}» (${m.ruleId})`;
const eventText = (e: GoldEvent): string =>
  `${e.category}/${e.subtype}${e.alertGrade ? ' ALERT' : ''} ${e.agents.join(',') || '-'}→${e.patients.join(',') || '-'}: ${e.reason}`;

/** The human-readable tables, then the machine-readable JSON line last. */
export function formatNewsReport(report: NewsReport): string {
  const lines = [
    `${report.sentences} judged sentences, ${report.events} gold events`,
    '',
    `${'reading'.padEnd(12)} ${'label'.padEnd(20)}   TP   FP   FN events     P     R    F1`,
  ];
  for (const reading of READINGS) {
    for (const [key, s] of Object.entries(report.readings[reading])) {
      lines.push(
        `${reading.padEnd(12)} ${key.padEnd(20)} ${[s.tp, s.fp, s.fn].map((n) => String(n).padStart(4)).join(' ')} ${String(s.events).padStart(6)}  ${f2(s.precision)}  ${f2(s.recall)}  ${f2(s.f1)}`,
      );
    }
  }
  const alertableUnjudged = report.unjudged.filter((u) => isAlertable(u.mention)).length;
  lines.push('', `unjudged mentions (evidence outside every judged sentence): ${report.unjudged.length}, of which alertable ${alertableUnjudged}`);
  const summary = (scores: Record<LabelKey, LabelScore>) =>
    Object.fromEntries(
      Object.entries(scores).map(([k, s]) => [k, { precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), tp: s.tp, fp: s.fp, fn: s.fn }]),
    );
  lines.push(
    JSON.stringify({
      alert: summary(report.readings.alert),
      alertActors: summary(report.readings.alertActors),
      detection: summary(report.readings.detection),
      unjudged: report.unjudged.length,
      sentences: report.sentences,
      events: report.events,
    }),
  );
  return lines.join('\n');
}

/** Each false positive and negative with its sentence and the gold reason; then the unjudged mentions. */
export function formatNewsErrors(report: NewsReport): string {
  const lines: string[] = [];
  // An alert error repeats under alertActors; list there only the actor mismatches.
  const alertErrors = new Set(report.errors.filter((e) => e.reading === 'alert').map((e) => e.mention ?? e.event));
  for (const e of report.errors) {
    if (e.reading === 'alertActors' && alertErrors.has(e.mention ?? e.event)) continue;
    const s = e.sentence;
    lines.push(`${e.kind} ${e.reading} ${docName(s.doc)} [${s.start},${s.end}) (judgements.jsonl:${s.line})`);
    lines.push(`   ${s.text}`);
    if (e.mention) lines.push(`   tagged: ${mentionText(e.mention)}`);
    if (e.event) lines.push(`   missed: ${eventText(e.event)}`);
    if (e.kind === 'FP') {
      lines.push(...(s.events.length > 0 ? s.events.map((g) => `   gold:   ${eventText(g)}`) : [`   gold:   no event: ${s.reason ?? ''}`]));
    }
  }
  for (const u of report.unjudged) {
    lines.push(`UNJUDGED ${docName(u.doc)} [${u.mention.evidence.start},${u.mention.evidence.end})`, `   ${u.mention.evidence.text}`, `   tagged: ${mentionText(u.mention)}`);
  }
  return lines.join('\n');
}

/** Scores the tagger on every judged document. */
export function evaluateNews(judgements: readonly Judgement[], kit: NewsKit): NewsReport {
  const byDocument = new Map<NewsDocument, JudgedSentence[]>();
  for (const s of resolveJudgements(judgements, kit)) {
    const list = byDocument.get(s.doc) ?? [];
    list.push(s);
    byDocument.set(s.doc, list);
  }
  return scoreNews(
    [...byDocument.entries()].map(([doc, sentences]) => ({
      doc,
      sentences: sentences.sort((a, b) => a.start - b.start),
      mentions: tagDocument(doc),
    })),
  );
}

/** Candidate sentences of the named documents (all of a corpus when none is named) not yet judged, as JSON lines. */
export function unjudgedCandidates(kit: NewsKit, corpus: Corpus, ids: readonly string[], judgements: readonly Judgement[]): string[] {
  const judged = new Set(judgements.map((j) => `${j.doc.corpus}:${j.doc.id}:${j.start}`));
  const docs = ids.length > 0 ? ids.map((id) => kit.documents(corpus).get(id)) : [...kit.documents(corpus).values()];
  const lines: string[] = [];
  for (const doc of docs) {
    if (!doc) throw new Error(`no ${corpus} document among ${ids.join(', ')}`);
    for (const s of candidateSentences(doc)) {
      if (judged.has(`${corpus}:${doc.id}:${s.start}`)) continue;
      const text = doc.text.slice(s.start, s.end);
      lines.push(JSON.stringify({ doc: { corpus, id: doc.id }, start: s.start, end: s.end, sha: sentenceSha(text), text }));
    }
  }
  return lines;
}

export function main(args: readonly string[], kitRoot = KIT_ROOT, judgementsFile = JUDGEMENTS_FILE): number {
  if (!existsSync(kitRoot)) {
    process.stdout.write(`eval:news skipped: the team kit is not at ${kitRoot}, and the judged sentences are read from it\n`);
    return 0;
  }
  const kit = new NewsKit(kitRoot);
  try {
    const judgements = parseJudgements(readFileSync(judgementsFile, 'utf8'), judgementsFile);
    const at = args.indexOf('--candidates');
    if (at >= 0) {
      const corpus = z.enum(CORPORA).parse(args[at + 1]);
      process.stdout.write(`${unjudgedCandidates(kit, corpus, args.slice(at + 2), judgements).join('\n')}\n`);
      return 0;
    }
    const report = evaluateNews(judgements, kit);
    if (args.includes('--verbose')) process.stdout.write(`${formatNewsErrors(report)}\n\n`);
    process.stdout.write(`${formatNewsReport(report)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`eval:news: ${(e as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));

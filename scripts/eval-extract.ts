/**
 * Measures article extraction against the fundus fixture pages in `../shared/fixtures/html/{us,uk}/`.
 *
 * Scoring is bag-of-words over lowercase word tokens (runs of letters/digits after NFKC normalisation):
 * overlap is the multiset intersection (each token counts min(times predicted, times expected)),
 * precision = overlap / predicted tokens, recall = overlap / expected tokens, F1 their harmonic mean.
 * The expected text is the fixture's body: summary (standfirst), then each section's headlines and paragraphs.
 *
 * @example
 *   npm run eval:extract            # per-page figures, then {"extract":{"pages":N,"meanF1":X}} as the last line
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../shared/article/extract.js';

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

export interface FixturePage {
  /** `<region>/<file>.html.gz`, stable across runs */
  id: string;
  url: string;
  html: string;
  expectedTitle: string;
  expectedBody: string;
}

export interface PageResult extends TokenScore {
  id: string;
}

export interface ExtractionReport {
  pages: PageResult[];
  meanF1: number;
  meanPrecision: number;
  meanRecall: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lowercase word tokens of `text` (punctuation and whitespace separate tokens). */
export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
}

/** Bag-of-words precision, recall and F1 of `predicted` against `expected` (multiset overlap). */
export function scoreTokens(predicted: string, expected: string): TokenScore {
  const predictedTokens = tokenize(predicted);
  const expectedTokens = tokenize(expected);
  if (predictedTokens.length === 0 && expectedTokens.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (predictedTokens.length === 0 || expectedTokens.length === 0) return { precision: 0, recall: 0, f1: 0 };

  const expectedCounts = new Map<string, number>();
  for (const token of expectedTokens) expectedCounts.set(token, (expectedCounts.get(token) ?? 0) + 1);
  let overlap = 0;
  for (const token of predictedTokens) {
    const remaining = expectedCounts.get(token) ?? 0;
    if (remaining > 0) {
      overlap += 1;
      expectedCounts.set(token, remaining - 1);
    }
  }
  const precision = overlap / predictedTokens.length;
  const recall = overlap / expectedTokens.length;
  const f1 = overlap === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

interface FundusSection {
  headline: string[];
  paragraphs: string[];
}
interface FundusEntry {
  title?: string;
  body?: { summary?: string[]; sections?: FundusSection[] };
}

function expectedBodyOf(entry: FundusEntry): string {
  const body = entry.body ?? {};
  const parts = [...(body.summary ?? [])];
  for (const section of body.sections ?? []) parts.push(...section.headline, ...section.paragraphs);
  return parts.join('\n\n');
}

/** Fundus names versions V1, V1_1, V2…: order them numerically, as their pages are ordered by date. */
function compareVersionKeys(a: string, b: string): number {
  const parts = (key: string) => key.replace(/^V/, '').split('_').map(Number);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Loads every fixture page with its expected title and body; throws when the folder is missing. */
export function loadFixturePages(htmlRoot: string): FixturePage[] {
  if (!existsSync(htmlRoot)) {
    throw new Error(`extraction fixtures not found at ${htmlRoot} (they live in the team kit beside the checkout: ../shared)`);
  }
  const pages: FixturePage[] = [];
  for (const region of readdirSync(htmlRoot).sort()) {
    const dir = join(htmlRoot, region);
    const metaPath = join(dir, 'meta.info');
    if (!existsSync(metaPath)) continue;
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Record<string, { url: string }>;
    const files = readdirSync(dir);
    for (const jsonFile of files.filter((f) => f.endsWith('.json')).sort()) {
      const publisher = jsonFile.slice(0, -'.json'.length);
      const entries = JSON.parse(readFileSync(join(dir, jsonFile), 'utf8')) as Record<string, FundusEntry>;
      const versions = Object.keys(entries).sort(compareVersionKeys);
      // File names carry the crawl date as YYYY_MM_DD, so a plain sort is date order.
      const htmlFiles = files.filter((f) => f.startsWith(`${publisher}_`) && f.endsWith('.html.gz')).sort();
      if (htmlFiles.length !== versions.length) {
        throw new Error(`${region}/${jsonFile}: ${versions.length} expected versions but ${htmlFiles.length} pages`);
      }
      versions.forEach((version, index) => {
        const file = htmlFiles[index]!;
        const url = meta[file]?.url;
        if (!url) throw new Error(`${region}/meta.info: no url for ${file}`);
        const entry = entries[version]!;
        pages.push({
          id: `${region}/${file}`,
          url,
          html: gunzipSync(readFileSync(join(dir, file))).toString('utf8'),
          expectedTitle: entry.title ?? '',
          expectedBody: expectedBodyOf(entry),
        });
      });
    }
  }
  return pages;
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length);

/** Scores `extract` (HTML and URL to body text) on each page; means are over pages (macro average). */
export function evaluateExtraction(
  pages: FixturePage[],
  extract: (html: string, url: string) => string = (html, url) => extractArticle(html, url).text,
): ExtractionReport {
  const results = pages.map((page) => ({ id: page.id, ...scoreTokens(extract(page.html, page.url), page.expectedBody) }));
  return {
    pages: results,
    meanF1: mean(results.map((r) => r.f1)),
    meanPrecision: mean(results.map((r) => r.precision)),
    meanRecall: mean(results.map((r) => r.recall)),
  };
}

/** `../shared/fixtures/html` beside the repository root. */
export const DEFAULT_FIXTURE_ROOT = resolve(fileURLToPath(new URL('../../shared/fixtures/html', import.meta.url)));

function main(): void {
  let pages: FixturePage[];
  try {
    pages = loadFixturePages(process.argv[2] ?? DEFAULT_FIXTURE_ROOT);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
    return;
  }
  const report = evaluateExtraction(pages);
  const pct = (x: number) => x.toFixed(3);
  for (const page of report.pages) {
    console.log(`${page.id.padEnd(44)} P ${pct(page.precision)}  R ${pct(page.recall)}  F1 ${pct(page.f1)}`);
  }
  console.log(`${'mean'.padEnd(44)} P ${pct(report.meanPrecision)}  R ${pct(report.meanRecall)}  F1 ${pct(report.meanF1)}`);
  console.log(JSON.stringify({ extract: { pages: report.pages.length, meanF1: Number(report.meanF1.toFixed(4)) } }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

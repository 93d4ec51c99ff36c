import { readdirSync, readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle, PAGE_LIMITS } from '../../shared/article/extract.js';
import { htmlToText } from '../../shared/article/html-to-text.js';
import { DEFAULT_FIXTURE_ROOT, loadFixturePages } from '../eval-extract.js';

const REPETITIONS = 3;
const OWN_PAGES = new URL('../../test/fixtures/html/', import.meta.url);

export interface ExtractBenchResult {
  pages: number;
  /** Median time to extract every page once with the full extractor, in milliseconds. */
  extractorMs: number;
  /** The same pages through plain Readability on linkedom (the extractor's core), in the same run. */
  readabilityMs: number;
  /** Median over rounds of the extractor's time over Readability's, each round timing both. */
  ratioToReadability: number;
  /** Time for each generated hostile input as a multiple of the mean time per bench page. */
  hostileRatioToNormalPage: Record<HostileCase, number>;
}

const SENTENCE = 'The alliance agreed to deploy two more battalions to the eastern flank, diplomats said on Monday.';

/** The hostile inputs of issue 13, generated: each must degrade to a plain reading, not hang. */
export const HOSTILE_INPUTS = {
  /** 80 KB of unclosed paragraphs, as a feed body (htmlToText). */
  unclosedParagraphsText: () => htmlToText('<p>a '.repeat(20_000)),
  /** 8,000 levels of nesting, as a feed body. */
  deepNestingText: () => htmlToText(`${'<span>'.repeat(8_000)}${SENTENCE}`),
  /** 5,000 nested <div>s, as a page. */
  deepNestingPage: () => extractArticle(`<html><body>${'<div>'.repeat(5_000)}<p>${SENTENCE}</p>${'</div>'.repeat(5_000)}</body></html>`, 'https://example.com/deep'),
  /** More elements than the extractor scores, as a page. */
  manyElementsPage: () => extractArticle(`<html><body>${`<p>${SENTENCE}`.repeat(PAGE_LIMITS.maxElements + 1)}</body></html>`, 'https://example.com/many'),
  /** A well-formed 5 MiB page (the page fetcher's limit). */
  hugePage: () => extractArticle(`<html><body><article>${`<p>${SENTENCE}</p>`.repeat(52_000)}</article></body></html>`, 'https://example.com/huge'),
} as const;
export type HostileCase = keyof typeof HOSTILE_INPUTS;

function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The kit's article pages when `../shared` is beside the checkout, else the repository's own fixtures. */
export function loadBenchPages(): { name: string; pages: { html: string; url: string }[] } {
  try {
    return { name: 'kit pages (../shared/fixtures/html)', pages: loadFixturePages(DEFAULT_FIXTURE_ROOT) };
  } catch {
    const files = readdirSync(OWN_PAGES).filter((f) => f.endsWith('.html'));
    return {
      name: 'test/fixtures/html (kit not found)',
      pages: files.map((f) => ({ html: readFileSync(new URL(f, OWN_PAGES), 'utf8'), url: `https://example.com/${f}` })),
    };
  }
}

/** Plain Readability on a linkedom document: what extraction cost before anything was built around it. */
function readabilityOnly(html: string): number {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.length ?? 0;
}

/**
 * Extraction speed as a ratio to plain Readability over the same pages, measured in the same run
 * (median of several rounds after a warm-up), so the ratio holds across machines; and the time of
 * each generated hostile input as a ratio to the mean page.
 */
export function benchExtract(pages: readonly { html: string; url: string }[]): ExtractBenchResult {
  let sink = 0;
  const full = (): void => {
    for (const page of pages) sink += extractArticle(page.html, page.url).text.length;
  };
  const core = (): void => {
    for (const page of pages) sink += readabilityOnly(page.html);
  };
  full();
  core();
  // Alternating the two in each round keeps a busy machine's slow spells from landing on one side only.
  const rounds = Array.from({ length: REPETITIONS }, () => {
    const readabilityMs = timeMs(core);
    const extractorMs = timeMs(full);
    return { readabilityMs, extractorMs, ratio: extractorMs / readabilityMs };
  });
  if (sink < 0) throw new Error('unreachable: keeps the work from being optimised away');
  const extractorMs = median(rounds.map((r) => r.extractorMs));
  const normalPageMs = extractorMs / pages.length;
  const hostileRatioToNormalPage = Object.fromEntries(
    Object.entries(HOSTILE_INPUTS).map(([name, run]) => [name, timeMs(() => void run()) / normalPageMs]),
  ) as Record<HostileCase, number>;
  return {
    pages: pages.length,
    extractorMs,
    readabilityMs: median(rounds.map((r) => r.readabilityMs)),
    ratioToReadability: median(rounds.map((r) => r.ratio)),
    hostileRatioToNormalPage,
  };
}

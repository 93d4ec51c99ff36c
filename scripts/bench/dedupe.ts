import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentHash } from '../../shared/dedupe/content-hash.js';
import { fingerprint, NEAR_DUPLICATE_THRESHOLD, similarity } from '../../shared/dedupe/fingerprint.js';
import { normalisedWords } from '../../shared/dedupe/normalise-text.js';
import { InMemoryStoryIndex } from '../../shared/dedupe/story.js';

/**
 * Near-duplicate bench: makes syndicated, edited and truncated copies of every corpus article,
 * clusters originals and copies (shuffled) through the pipeline's story index, and scores the
 * stories pairwise against the known copy groups. The method is in docs/dedupe.md.
 *
 * @example
 *   npx tsx scripts/bench/dedupe.ts ../shared/corpus/bbc-news-2004-2005.jsonl
 */

export interface BenchArticle {
  id: string;
  title: string;
  text: string;
  /** Articles of one category are same-topic negatives (the BBC corpus has five). */
  category?: string;
}

export const COPY_VARIANTS = ['syndicated', 'edited', 'truncated', 'combined'] as const;
export type CopyVariant = (typeof COPY_VARIANTS)[number];

export interface DedupeBenchResult {
  /** Share of same-story pairs that are copies of one article. */
  precision: number;
  /** Share of copy pairs put in one story. */
  recall: number;
  /** Copy pairs in the ground truth. */
  pairs: number;
  predictedPairs: number;
  falsePositivePairs: number;
  /** Articles clustered: originals and copies. */
  articles: number;
  /** Per variant, the share of copies put in their original's story. */
  recallByVariant: Record<CopyVariant, number>;
  /** The same, for copies of originals under SHORT_WORDS words (wire-length stories). */
  shortRecall: number;
  shortCopies: number;
  /** 1st percentile of the similarity of a copy to its original: the recall side of the margin. */
  copySimilarityP1: number;
  /** Highest similarity to a candidate that is not a copy (nor sharing passages): the precision side of the margin. */
  highestOtherGroupSimilarity: number;
  /** Pairs of input articles that are already copies of each other (identical or ≥ 80% verbatim). */
  corpusCopyPairs: number;
  /** Pairs of input articles sharing passages (30–80% verbatim) without being copies: left out of the scores. */
  corpusSharedPassagePairs: number;
  /** How many of those the detector put in one story. */
  corpusSharedPassagePairsClustered: number;
  /** Candidates from another article of the same category: same-topic negatives the threshold had to reject. */
  sameCategoryCandidates: number;
  /** Candidates fetched per lookup (what a DynamoDB adapter would read). */
  meanCandidates: number;
  maxCandidates: number;
  fingerprintMsPerArticle: number;
  threshold: number;
}

const SHORT_WORDS = 200;
/** Verbatim word 8-grams: long enough that sharing one means copying, not the same topic. */
const PASSAGE_WORDS = 8;
/** Share of the shorter article's 8-grams found verbatim in the other. */
const COPY_CONTAINMENT = 0.8;
const SHARED_PASSAGE_CONTAINMENT = 0.3;

/** mulberry32: a seeded PRNG so every run makes the same copies; eight lines, not worth a dependency. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number) => low + random() * (high - low);

const CITIES = ['LONDON', 'WASHINGTON', 'BRUSSELS', 'MOSCOW', 'NEW YORK', 'PARIS'];
const NAMES = ['Jane Smith', 'Omar Haddad', 'Li Wei', 'Maria Garcia', 'Tom Baker'];

/** Boilerplate that real outlets wrap syndicated copy in: datelines, bylines, footers. */
const OUTLETS: readonly { prefix: (r: Random) => string; suffix: (r: Random) => string }[] = [
  { prefix: (r) => `${pick(r, CITIES)} (Reuters) - `, suffix: (r) => `\n\nReporting by ${pick(r, NAMES)}; Editing by ${pick(r, NAMES)}` },
  {
    prefix: (r) => `${pick(r, CITIES)} (AP) — `,
    suffix: () =>
      '\n\nCopyright 2005 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  },
  {
    prefix: (r) => `By ${pick(r, NAMES)}, Staff Reporter\nPublished ${1 + Math.floor(r() * 28)} March 2005\n\n`,
    suffix: () => '\n\nRead more: the latest headlines and analysis on our website. Sign up to our daily newsletter.',
  },
  { prefix: () => '', suffix: () => '\n\nRelated Story' },
  {
    prefix: (r) => `Home | World | ${pick(r, ['Politics', 'Business', 'Sport'])} | Video | Live\nLast updated ${1 + Math.floor(r() * 12)} hours ago\n\n`,
    suffix: () =>
      '\n\nThis story was produced by our newsroom with wire services. Our journalism depends on readers like you: ' +
      'subscribe today for unlimited access to every article, newsletter and podcast. Comments are closed for this article. ' +
      'Terms of use | Privacy policy | Cookie settings | Contact us | Advertise with us | Careers',
  },
  { prefix: () => 'Share this article\n\n', suffix: () => '\n\n© 2005 Example Media Group. Follow us on Twitter and Facebook for more news.' },
];

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?]["'”’]?)\s+/).filter((s) => s.length > 0);
}

/** Typographic variation that syndication introduces: curly quotes, dashes, spacing. */
function retypeset(text: string): string {
  return text.replace(/'/g, '’').replace(/ - /g, ' – ').replace(/\n\n/g, '\n');
}

function substituteWords(text: string, share: number, random: Random, vocabulary: readonly string[]): string {
  return text
    .split(' ')
    .map((word) => (random() < share ? pick(random, vocabulary) : word))
    .join(' ');
}

function dropAndReorderSentences(text: string, random: Random): string {
  const sentences = sentencesOf(text);
  if (sentences.length < 4) return text;
  const dropCount = Math.max(1, Math.round(sentences.length * 0.1));
  for (let i = 0; i < dropCount; i++) sentences.splice(1 + Math.floor(random() * (sentences.length - 1)), 1);
  const swapAt = Math.floor(random() * (sentences.length - 1));
  [sentences[swapAt], sentences[swapAt + 1]] = [sentences[swapAt + 1]!, sentences[swapAt]!];
  return sentences.join(' ');
}

function truncate(text: string, share: number): string {
  const words = text.split(' ');
  return `${words.slice(0, Math.max(1, Math.round(words.length * share))).join(' ')}…`;
}

function makeCopy(text: string, variant: CopyVariant, random: Random, vocabulary: readonly string[]): string {
  const outlet = pick(random, OUTLETS);
  const body = {
    syndicated: () => retypeset(text),
    edited: () => dropAndReorderSentences(substituteWords(text, between(random, 0.02, 0.05), random, vocabulary), random),
    truncated: () => truncate(text, between(random, 0.6, 0.8)),
    combined: () => truncate(substituteWords(text, 0.02, random, vocabulary), between(random, 0.7, 0.9)),
  }[variant]();
  return `${outlet.prefix(random)}${body}${outlet.suffix(random)}`;
}

function wordGrams(text: string): Set<string> {
  const words = normalisedWords(text);
  const grams = new Set<string>();
  for (let i = 0; i + PASSAGE_WORDS <= words.length; i++) grams.add(words.slice(i, i + PASSAGE_WORDS).join(' '));
  return grams;
}

/**
 * Which input articles are already copies of one another, judged by verbatim passages rather than
 * by the fingerprint under test, so the bench does not grade the detector against itself. Copies
 * join one ground-truth group; pairs that only share passages (follow-ups quoting an earlier
 * story) are left out of the scores, since neither answer is wrong for them.
 */
function corpusRelations(articles: readonly BenchArticle[]) {
  const parent = articles.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const sharedPassages: [number, number][] = [];
  let copyPairs = 0;

  const hashes = articles.map((a) => contentHash(a.text));
  const grams = articles.map((a) => wordGrams(a.text));
  const postings = new Map<string, number[]>();
  const earlierWithHash = new Map<string, number[]>();
  for (let i = 0; i < articles.length; i++) {
    const overlaps = new Map<number, number>();
    for (const gram of grams[i]!) {
      const holders = postings.get(gram);
      if (!holders) {
        postings.set(gram, [i]);
        continue;
      }
      for (const j of holders) overlaps.set(j, (overlaps.get(j) ?? 0) + 1);
      holders.push(i);
    }
    const identical = earlierWithHash.get(hashes[i]!) ?? [];
    earlierWithHash.set(hashes[i]!, [...identical, i]);
    for (const j of new Set([...overlaps.keys(), ...identical])) {
      const containment = (overlaps.get(j) ?? 0) / Math.max(1, Math.min(grams[i]!.size, grams[j]!.size));
      if (hashes[i] === hashes[j] || containment >= COPY_CONTAINMENT) {
        copyPairs++;
        parent[root(i)] = root(j);
      } else if (containment >= SHARED_PASSAGE_CONTAINMENT) {
        sharedPassages.push([j, i]);
      }
    }
  }
  const groupOf = articles.map((_, i) => root(i));
  const excludedGroupPairs = new Set(sharedPassages.map(([i, j]) => groupPairKey(groupOf[i]!, groupOf[j]!)));
  return { groupOf, excludedGroupPairs, sharedPassages, copyPairs };
}

const groupPairKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const pairsIn = (n: number) => (n * (n - 1)) / 2;

interface BenchItem {
  id: string;
  text: string;
  category: string | undefined;
  group: number;
  original: number;
  variant: CopyVariant | 'original';
}

function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Runs every item, in order, through the pipeline's steps: fingerprint, find the story, record. */
function cluster(items: readonly BenchItem[], excludedGroupPairs: ReadonlySet<string>) {
  const index = new InMemoryStoryIndex();
  const storyOf = new Map<string, string>();
  const fingerprintOf = new Map<string, string>();
  const groupOf = new Map(items.map((item) => [item.id, item.group]));
  let fingerprintMs = 0;
  let candidateTotal = 0;
  let maxCandidates = 0;
  let highestOtherGroupSimilarity = 0;
  let sameCategoryCandidates = 0;
  const categoryOf = new Map(items.map((item) => [item.id, item.category]));
  for (const item of items) {
    const started = performance.now();
    const fp = fingerprint(item.text);
    fingerprintMs += performance.now() - started;
    fingerprintOf.set(item.id, fp);
    const candidates = index.candidatesFor(fp);
    candidateTotal += candidates.length;
    maxCandidates = Math.max(maxCandidates, candidates.length);
    for (const candidate of candidates) {
      const candidateGroup = groupOf.get(candidate.articleId)!;
      if (candidateGroup === item.group || excludedGroupPairs.has(groupPairKey(candidateGroup, item.group))) continue;
      if (item.category !== undefined && categoryOf.get(candidate.articleId) === item.category) sameCategoryCandidates++;
      highestOtherGroupSimilarity = Math.max(highestOtherGroupSimilarity, similarity(fp, candidate.fingerprint));
    }
    const storyId = index.storyFor(fp) ?? item.id;
    storyOf.set(item.id, storyId);
    index.record({ id: item.id, storyId, fingerprint: fp, url: `https://bench.example/${item.id}`, source: { id: item.variant, name: item.variant } });
  }
  return {
    storyOf,
    fingerprintOf,
    fingerprintMs,
    meanCandidates: candidateTotal / Math.max(1, items.length),
    maxCandidates,
    highestOtherGroupSimilarity,
    sameCategoryCandidates,
  };
}

/** Pairwise scores of the stories against the ground-truth groups, skipping excluded group pairs. */
function scorePairs(items: readonly BenchItem[], storyOf: ReadonlyMap<string, string>, excludedGroupPairs: ReadonlySet<string>) {
  const groupCountsByStory = new Map<string, Map<number, number>>();
  for (const item of items) {
    const story = storyOf.get(item.id)!;
    const counts = groupCountsByStory.get(story) ?? new Map<number, number>();
    counts.set(item.group, (counts.get(item.group) ?? 0) + 1);
    groupCountsByStory.set(story, counts);
  }
  let predicted = 0;
  let truePositives = 0;
  for (const counts of groupCountsByStory.values()) {
    const groups = [...counts];
    predicted += pairsIn(groups.reduce((sum, [, n]) => sum + n, 0));
    for (const [, n] of groups) truePositives += pairsIn(n);
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        if (excludedGroupPairs.has(groupPairKey(groups[a]![0], groups[b]![0]))) predicted -= groups[a]![1] * groups[b]![1];
      }
    }
  }
  const groupSizes = new Map<number, number>();
  for (const item of items) groupSizes.set(item.group, (groupSizes.get(item.group) ?? 0) + 1);
  const truePairs = [...groupSizes.values()].reduce((sum, n) => sum + pairsIn(n), 0);
  return { predicted, truePositives, truePairs };
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
};

/** Clusters `articles` and near-copies of each through the story index and scores the stories pairwise. */
export function benchDedupe(articles: readonly BenchArticle[], opts: { seed?: number } = {}): DedupeBenchResult {
  const random = seededRandom(opts.seed ?? 1);
  const corpus = corpusRelations(articles);
  const vocabulary = articles.flatMap((a) => a.text.split(' ').slice(0, 50));

  const items: BenchItem[] = articles.flatMap((article, i): BenchItem[] => [
    { id: article.id, text: article.text, category: article.category, group: corpus.groupOf[i]!, original: i, variant: 'original' },
    ...COPY_VARIANTS.map((variant) => ({
      id: `${article.id}~${variant}`,
      text: makeCopy(article.text, variant, random, vocabulary),
      category: article.category,
      group: corpus.groupOf[i]!,
      original: i,
      variant,
    })),
  ]);
  // Copies often arrive before the original, so the order is shuffled too.
  shuffle(items, random);

  const run = cluster(items, corpus.excludedGroupPairs);
  const { predicted, truePositives, truePairs } = scorePairs(items, run.storyOf, corpus.excludedGroupPairs);

  const storyOfOriginal = articles.map((a) => run.storyOf.get(a.id)!);
  const fingerprintOfOriginal = articles.map((a) => run.fingerprintOf.get(a.id)!);
  const copies = items.filter((item) => item.variant !== 'original');
  const joined = (copy: BenchItem) => run.storyOf.get(copy.id) === storyOfOriginal[copy.original];
  const shareJoined = (list: readonly BenchItem[]) => (list.length === 0 ? 1 : list.filter(joined).length / list.length);
  const shortCopies = copies.filter((c) => normalisedWords(articles[c.original]!.text).length < SHORT_WORDS);

  return {
    precision: predicted === 0 ? 1 : truePositives / predicted,
    recall: truePairs === 0 ? 1 : truePositives / truePairs,
    pairs: truePairs,
    predictedPairs: predicted,
    falsePositivePairs: predicted - truePositives,
    articles: items.length,
    recallByVariant: Object.fromEntries(
      COPY_VARIANTS.map((variant) => [variant, shareJoined(copies.filter((c) => c.variant === variant))]),
    ) as Record<CopyVariant, number>,
    shortRecall: shareJoined(shortCopies),
    shortCopies: shortCopies.length,
    copySimilarityP1: percentile(
      copies.map((c) => similarity(run.fingerprintOf.get(c.id)!, fingerprintOfOriginal[c.original]!)),
      0.01,
    ),
    highestOtherGroupSimilarity: run.highestOtherGroupSimilarity,
    sameCategoryCandidates: run.sameCategoryCandidates,
    corpusCopyPairs: corpus.copyPairs,
    corpusSharedPassagePairs: corpus.sharedPassages.length,
    corpusSharedPassagePairsClustered: corpus.sharedPassages.filter(([i, j]) => storyOfOriginal[i] === storyOfOriginal[j]).length,
    meanCandidates: run.meanCandidates,
    maxCandidates: run.maxCandidates,
    fingerprintMsPerArticle: run.fingerprintMs / Math.max(1, items.length),
    threshold: NEAR_DUPLICATE_THRESHOLD,
  };
}

function readJsonl(path: string): BenchArticle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as BenchArticle);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const corpus = process.argv[2] ?? fileURLToPath(new URL('../../../shared/corpus/bbc-news-2004-2005.jsonl', import.meta.url));
  console.log(JSON.stringify(benchDedupe(readJsonl(corpus), { seed: Number(process.argv[3] ?? 1) }), null, 2));
}

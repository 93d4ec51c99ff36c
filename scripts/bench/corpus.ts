import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface BenchArticle {
  id: string;
  title: string;
  text: string;
  category: string;
}

export const BBC_CORPUS = fileURLToPath(new URL('../../../shared/corpus/bbc-news-2004-2005.jsonl', import.meta.url));

/** A small deterministic PRNG (mulberry32), so a generated corpus is the same on every run. */
export const seededRandom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const SYLLABLES = ['ka', 'lo', 'ver', 'man', 'dris', 'tel', 'or', 'sun', 'bra', 'mi', 'ze', 'hol', 'quin', 'ar', 'pet', 'ul'];
const VERBS = ['said', 'announced', 'warned', 'reported', 'confirmed', 'expected', 'denied', 'welcomed'];
const NOUNS = ['profits', 'rules', 'talks', 'budget', 'rail line', 'unemployment', 'prices', 'exports', 'shares', 'wages'];
const EVENTS = [
  'The European Union imposed sanctions on three Iranian banks on Monday.',
  'Washington froze the assets of two shipping companies linked to North Korea.',
  'Russia deployed two battalions to the border region, the defence ministry said.',
  'NATO warships arrived in the Baltic Sea for a joint exercise.',
  'The United Nations lifted its arms embargo on the country.',
];

/**
 * News-like articles from a seeded generator, for when the BBC corpus is not beside the checkout.
 * Made-up names and figures in every sentence keep distinct articles distinct, as real ones are;
 * a few known event sentences give the tagger work to do.
 */
export function generatedCorpus(count = 2_000, seed = 42): BenchArticle[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const name = () => {
    const word = Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const sentence = () =>
    `${name()} ${pick(['Group', 'Council', 'Ministry', 'Holdings', 'Union'])} ${pick(VERBS)} that ${pick(NOUNS)} in ${name()} ` +
    `rose by ${Math.floor(random() * 90) + 1}% to ${Math.floor(random() * 9_000) + 100} million, ${name()} ${name()} told reporters.`;
  return Array.from({ length: count }, (_, i) => ({
    id: `gen-${i}`,
    title: `${name()} ${pick(NOUNS)} report`,
    text: Array.from({ length: 12 + Math.floor(random() * 20) }, () => (random() < 0.04 ? pick(EVENTS) : sentence())).join(' '),
    category: pick(['business', 'politics', 'world']),
  }));
}

/** The BBC corpus when it is present, else the generated one; says which. */
export function loadBenchCorpus(): { name: string; articles: BenchArticle[] } {
  if (!existsSync(BBC_CORPUS)) return { name: 'generated (../shared/corpus not found)', articles: generatedCorpus() };
  const articles = readFileSync(BBC_CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as BenchArticle);
  return { name: 'bbc-news-2004-2005.jsonl', articles };
}

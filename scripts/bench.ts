/**
 * `npm run bench`: speed of the tagger as a ratio to a single regex pass over the same text, the
 * precision/recall of duplicate detection on near-copies of the corpus, article extraction's speed as a
 * ratio to plain Readability (and hostile pages' as a ratio to a normal page), and the cost of
 * sanctioned-entity linking (index build, overhead on tagging), in one run.
 * The last line is JSON for machines.
 */
import { loadBenchCorpus } from './bench/corpus.js';
import { benchDedupe } from './bench/dedupe.js';
import { benchEntities } from './bench/entities.js';
import { benchExtract, loadBenchPages } from './bench/extract.js';
import { benchTagger } from './bench/tagger.js';

const corpus = loadBenchCorpus();
console.log(`corpus: ${corpus.name}, ${corpus.articles.length} articles`);

const tagger = benchTagger(corpus.articles.map((a) => a.text));
console.log(
  `tagger: ${tagger.mbPerSec.toFixed(2)} MB/s; floor (one regex pass): ${tagger.floorMbPerSec.toFixed(1)} MB/s; ` +
    `ratio to floor ${tagger.ratioToFloor.toFixed(1)}×`,
);

const dedupe = benchDedupe(corpus.articles);
console.log(`dedupe: precision ${dedupe.precision.toFixed(3)}, recall ${dedupe.recall.toFixed(3)} over ${dedupe.pairs} pairs`);

const entities = benchEntities(corpus.articles.map((a) => a.text));
console.log(
  `entities: ${entities.list}, ${entities.entries} entries indexed in ${entities.indexMs} ms; ` +
    `linking adds ${(entities.linkOverhead * 100).toFixed(1)}% to tagging (${entities.links} links)`,
);

const extractPages = loadBenchPages();
const extract = benchExtract(extractPages.pages);
console.log(
  `extract: ${extract.pages} pages (${extractPages.name}), ${(extract.extractorMs / extract.pages).toFixed(1)} ms/page; ` +
    `ratio to plain Readability ${extract.ratioToReadability.toFixed(2)}×; hostile inputs vs a page: ` +
    Object.entries(extract.hostileRatioToNormalPage).map(([name, ratio]) => `${name} ${ratio.toFixed(1)}×`).join(', '),
);

console.log(JSON.stringify({ corpus: corpus.name, tagger, dedupe, extract, entities: { indexMs: entities.indexMs, linkOverhead: entities.linkOverhead } }));

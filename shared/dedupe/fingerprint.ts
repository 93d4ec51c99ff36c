import { normalisedWords } from './normalise-text.js';

/*
 * MinHash over word shingles, hand-written rather than taken from a package (bloom-filters has one)
 * because fingerprints are stored: the shingling and hash family must stay bit-for-bit fixed across
 * deployments and dependency upgrades, or stored articles silently stop matching new ones.
 * Changing any constant below changes the scheme: bump SCHEME so old lookup keys cannot collide.
 */
const SCHEME = 'm1';
const SHINGLE_WORDS = 5;
const HASH_COUNT = 128;
const HEX_PER_HASH = 8;
/** Fewer shingles than this is a caption or a headline: too little text to call two articles copies. */
const MIN_SHINGLES = 8;
/** One MinHash value per lookup key (bands of one row): see docs/dedupe.md for the trade-off. */
const LOOKUP_KEY_COUNT = 8;

/**
 * Estimated Jaccard similarity of the shingle sets at or above which two articles are one story.
 * Measured on the BBC corpus (docs/dedupe.md): 99% of syndicated, edited and truncated copies score
 * ≥ 0.38; distinct articles on the same topic stay below 0.3, except follow-ups reusing whole paragraphs.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.3;

/**
 * Datelines, bylines, "Read more" and copyright footers sit at the edges of a text and differ
 * between copies of one story while repeating across an outlet's unrelated stories. Left in, they
 * fill lookup keys with outlet-wide values (bench: mean candidates per lookup 166 instead of 4).
 * So the fingerprint skips up to 10 words at the start and 30 at the end (at most 5% and 15%).
 */
const HEAD_TRIM_MAX = 10;
const HEAD_TRIM_SHARE = 0.05;
const TAIL_TRIM_MAX = 30;
const TAIL_TRIM_SHARE = 0.15;

const NO_FINGERPRINT = '';

/** murmur3's finaliser: a cheap 32-bit bijection with full avalanche. */
function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One seed per MinHash function; fixed forever (see SCHEME). */
const SEEDS = Uint32Array.from({ length: HASH_COUNT }, (_, i) => mix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

function shingleHashes(text: string): Set<number> {
  const all = normalisedWords(text);
  const head = Math.min(HEAD_TRIM_MAX, Math.floor(all.length * HEAD_TRIM_SHARE));
  const tail = Math.min(TAIL_TRIM_MAX, Math.floor(all.length * TAIL_TRIM_SHARE));
  const words = all.slice(head, all.length - tail).map(wordHash);
  const shingles = new Set<number>();
  for (let start = 0; start + SHINGLE_WORDS <= words.length; start++) {
    let h = 0;
    for (let offset = 0; offset < SHINGLE_WORDS; offset++) h = mix32((h ^ words[start + offset]!) + offset);
    shingles.add(h);
  }
  return shingles;
}

/**
 * Near-duplicate fingerprint of an article body: 128 MinHash values over its 5-word shingles, as
 * 1,024 hex digits. Text too short to compare (under ~14 words) gets the empty fingerprint, which
 * matches nothing and has no lookup keys. Linear in the text: about 0.1–0.25 ms per article.
 */
export function fingerprint(text: string): string {
  const shingles = shingleHashes(text);
  if (shingles.size < MIN_SHINGLES) return NO_FINGERPRINT;
  const minima = new Uint32Array(HASH_COUNT).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let i = 0; i < HASH_COUNT; i++) {
      const h = mix32(shingle ^ SEEDS[i]!);
      if (h < minima[i]!) minima[i] = h;
    }
  }
  let hex = '';
  for (const value of minima) hex += value.toString(16).padStart(HEX_PER_HASH, '0');
  return hex;
}

const FINGERPRINT_SHAPE = new RegExp(`^[0-9a-f]{${HASH_COUNT * HEX_PER_HASH}}$`);

function assertFingerprint(fp: string): void {
  if (fp !== NO_FINGERPRINT && !FINGERPRINT_SHAPE.test(fp)) {
    throw new TypeError(`fingerprint: expected ${HASH_COUNT * HEX_PER_HASH} hex digits, got ${JSON.stringify(fp.slice(0, 40))}`);
  }
}

/** Estimated Jaccard similarity (0..1) of the two texts' shingle sets: the share of equal MinHash values. */
export function similarity(a: string, b: string): number {
  assertFingerprint(a);
  assertFingerprint(b);
  if (a === NO_FINGERPRINT || b === NO_FINGERPRINT) return 0;
  let equal = 0;
  for (let start = 0; start < a.length; start += HEX_PER_HASH) {
    let same = true;
    for (let i = start; i < start + HEX_PER_HASH && same; i++) same = a.charCodeAt(i) === b.charCodeAt(i);
    if (same) equal++;
  }
  return equal / HASH_COUNT;
}

/** True when two fingerprints are copies of one story (similarity at or above the threshold). */
export function isNearDuplicate(a: string, b: string): boolean {
  return similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD;
}

/**
 * Keys under which to store and look up a fingerprint: two texts with shingle similarity J share at
 * least one key with probability 1 - (1 - J)^8 (0.94 at J = 0.3, 0.996 at J = 0.5).
 */
export function lookupKeys(fp: string): string[] {
  assertFingerprint(fp);
  if (fp === NO_FINGERPRINT) return [];
  return Array.from({ length: LOOKUP_KEY_COUNT }, (_, band) => `${SCHEME}:${band}:${fp.slice(band * HEX_PER_HASH, (band + 1) * HEX_PER_HASH)}`);
}

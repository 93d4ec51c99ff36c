import { describe, expect, it } from 'vitest';
import { benchDedupe, type BenchArticle } from '../../scripts/bench/dedupe.js';

/** A tiny generated corpus: two topics whose articles draw on one shared vocabulary each. */
function generatedCorpus(count: number): BenchArticle[] {
  let state = 7;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const syllables = ['ka', 'lo', 'mi', 'ne', 'su', 'ta', 'vo', 'ri', 'den', 'bar', 'tel', 'gro'];
  const word = () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  const topics = [Array.from({ length: 300 }, word), Array.from({ length: 300 }, word)];
  return Array.from({ length: count }, (_, i) => {
    const vocabulary = topics[i % 2]!;
    const sentences = Array.from({ length: 12 }, () => {
      const sentence = Array.from({ length: 10 + Math.floor(next() * 6) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
      return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
    });
    return { id: `gen-${i}`, title: `Article ${i}`, text: sentences.join(' ') };
  });
}

const pairsIn = (n: number) => (n * (n - 1)) / 2;

describe('benchDedupe on a generated corpus', () => {
  const corpus = generatedCorpus(12);

  it('clusters each article with its four copies and nothing else', () => {
    const result = benchDedupe(corpus, { seed: 1 });
    expect(result.articles).toBe(12 * 5);
    expect(result.pairs).toBe(12 * pairsIn(5));
    expect(result.precision).toBe(1);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.recallByVariant.syndicated).toBe(1);
    expect(result.corpusCopyPairs).toBe(0);
  });

  it('gives the same scores for the same seed', () => {
    const { fingerprintMsPerArticle: _a, ...first } = benchDedupe(corpus, { seed: 3 });
    const { fingerprintMsPerArticle: _b, ...second } = benchDedupe(corpus, { seed: 3 });
    expect(second).toEqual(first);
  });

  it('counts an article the corpus holds twice as one copy group, not as false positives', () => {
    const withRepeat = [...corpus, { ...corpus[0]!, id: 'gen-0-again' }];
    const result = benchDedupe(withRepeat, { seed: 1 });
    expect(result.corpusCopyPairs).toBe(1);
    expect(result.pairs).toBe(11 * pairsIn(5) + pairsIn(10));
    expect(result.precision).toBe(1);
  });

  it('leaves articles that share only some passages out of the scores', () => {
    const [a, b] = [corpus[0]!, corpus[2]!];
    const half = (text: string, first: boolean) => {
      const sentences = text.split('. ');
      return first ? sentences.slice(0, 6).join('. ') : sentences.slice(6).join('. ');
    };
    const followUp = { id: 'gen-follow-up', title: 'Follow-up', text: `${half(a.text, true)}. ${half(b.text, false)}` };
    const result = benchDedupe([...corpus, followUp], { seed: 1 });
    expect(result.corpusSharedPassagePairs).toBe(2);
    expect(result.precision).toBe(1);
  });
});

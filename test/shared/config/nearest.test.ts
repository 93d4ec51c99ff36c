import { describe, expect, it } from 'vitest';
import { nearest } from '../../../shared/config/nearest.js';

const WATCH_KEYS = ['id', 'name', 'categories', 'subtypes', 'agents', 'patients', 'countries', 'abroad', 'modalities', 'minConfidence', 'subscriptions'];

describe('nearest', () => {
  it.each([
    ['a dropped plural', 'patient', 'patients'],
    ['a singular with a changed ending', 'country', 'countries'],
    ['a transposition', 'modalites', 'modalities'],
    ['snake case', 'min_confidence', 'minConfidence'],
    ['another case', 'Categories', 'categories'],
    ['a prefix', 'minConf', 'minConfidence'],
  ])('given %s, when matched against the watch keys, then it names the key meant', (_, word, expected) => {
    expect(nearest(word, WATCH_KEYS)).toBe(expected);
  });

  it.each([
    ['an unrelated word', 'colour'],
    ['a two-letter word two edits from any key', 'zz'],
    ['an empty word', ''],
  ])('given %s, when matched, then it suggests nothing rather than a wild guess', (_, word) => {
    expect(nearest(word, WATCH_KEYS)).toBeUndefined();
  });
});

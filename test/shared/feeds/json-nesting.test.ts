import { describe, expect, it } from 'vitest';
import { jsonNestsDeeperThan } from '../../../shared/feeds/json-nesting.js';

describe('jsonNestsDeeperThan', () => {
  it.each([
    ['{"a":[1,{"b":2}]}', 3, false],
    ['{"a":[1,{"b":2}]}', 2, true],
    ['"[[[[[[[[["', 1, false],
    ['{"a":"\\"[[[[["}', 1, false],
    ['[[[]]]', 3, false],
    ['[[[[]]]]', 3, true],
  ])('%s with limit %i → %s', (text, limit, deeper) => {
    expect(jsonNestsDeeperThan(text, limit)).toBe(deeper);
  });
});

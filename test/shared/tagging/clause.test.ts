import { describe, expect, it } from 'vitest';
import { clauseStart } from '../../../shared/tagging/clause.js';

const clauseBefore = (text: string, word: string) => text.slice(clauseStart(text, 0, text.indexOf(word)), text.indexOf(word));

describe('clauseStart', () => {
  it('starts after a comma', () => {
    expect(clauseBefore('In December, Russian forces held drills', 'held')).toBe(' Russian forces ');
  });

  it('keeps a subordinating word inside the clause', () => {
    expect(clauseBefore('the US will not stand idly by as Moscow inserts troops', 'inserts')).toBe('as Moscow ');
    expect(clauseBefore('Officials said that Russia would send troops', 'send')).toBe('that Russia would ');
  });
});

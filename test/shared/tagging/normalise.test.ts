import { describe, expect, it } from 'vitest';
import { normalise } from '../../../shared/tagging/normalise.js';

describe('normalise', () => {
  it('folds curly quotes, dashes and odd spaces to ASCII', () => {
    expect(normalise('Pompeo said \u201cstand idly by\u201d \u2014 Russia\u2019s\u00a0troops')).toBe('Pompeo said "stand idly by" - Russia\'s troops');
  });

  it('keeps the length, so offsets stay valid in the original', () => {
    const text = '\u201cSanctions\u201d \u2013 the EU\u2019s reply';
    expect(normalise(text)).toHaveLength(text.length);
  });
});

import { describe, expect, it } from 'vitest';
import { acronymDefinitions } from '../../../shared/entity-linking/acronyms.js';

describe('acronymDefinitions', () => {
  it('reads the capitalised name before a parenthesised short name', () => {
    const defs = acronymDefinitions('The US blocked Banco Nacional de Cuba (BNC) in 1960.');
    expect(defs.get('BNC')).toEqual(['The US blocked Banco Nacional de Cuba', 'Banco Nacional de Cuba']);
  });

  it('reads a description when the long form is not a name', () => {
    const defs = acronymDefinitions("Officials said Venezuela's development bank (Bandes) had been hit.");
    expect(defs.get('BANDES')?.[0]).toBe("Officials said Venezuela's development bank");
  });

  it('ignores parentheses that hold no short name', () => {
    expect(acronymDefinitions('Oil rose (by 3%) and (in part) fell.').size).toBe(0);
  });
});

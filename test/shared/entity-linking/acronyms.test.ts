import { describe, expect, it } from 'vitest';
import { acronymDefinitions } from '../../../shared/entity-linking/acronyms.js';

describe('acronymDefinitions', () => {
  it('reads the capitalised name before a parenthesised short name', () => {
    const defs = acronymDefinitions('The US blocked Banco Nacional de Cuba (BNC) in 1960.');
    expect(defs.get('BNC')).toEqual(['The US blocked Banco Nacional de Cuba', 'Banco Nacional de Cuba']);
  });

  it('keeps only long forms the short name can abbreviate', () => {
    expect(acronymDefinitions("Officials said Venezuela's development bank (Bandes) had been hit.").size).toBe(0);
    expect(acronymDefinitions('HONG KONG (Reuters) - Shares fell.').size).toBe(0);
    expect(acronymDefinitions('It blocked Banco de Desarrollo Economico y Social (Bandes).').get('BANDES')).toContain('Banco de Desarrollo Economico y Social');
  });

  it('ignores parentheses that hold no short name', () => {
    expect(acronymDefinitions('Oil rose (by 3%) and (in part) fell.').size).toBe(0);
  });
});

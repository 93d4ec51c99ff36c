import { describe, expect, it } from 'vitest';
import { nameCandidates } from '../../../shared/entity-linking/candidates.js';

const texts = (sentence: string) => nameCandidates(sentence).map((c) => c.text);

describe('nameCandidates', () => {
  it('takes a capitalised run with its connectors, not the names inside it', () => {
    const found = texts('The Treasury designated Banco de Desarrollo Económico y Social de Venezuela on Friday.');
    expect(found).toContain('Banco de Desarrollo Económico y Social de Venezuela');
    expect(found).not.toContain('Venezuela');
    expect(found).not.toContain('Banco de Desarrollo');
  });

  it('does not cut a name out of a longer one: "Lake Baikal", "Sania Mirza"', () => {
    expect(texts('They met at Lake Baikal with Sania Mirza.')).toEqual(['They', 'Lake Baikal', 'Sania Mirza']);
  });

  it('finds a person after a title and a demonym', () => {
    expect(texts('The EU froze the assets of Syrian President Bashar al-Assad.')).toContain('Bashar al-Assad');
  });

  it('splits two names joined by "and"', () => {
    const found = texts('Sanctions hit Iran Air and Mahan Air.');
    expect(found).toEqual(expect.arrayContaining(['Iran Air', 'Mahan Air', 'Iran Air and Mahan Air']));
  });

  it('lets a name stop before a title: "Rosneft Chief Executive Igor Sechin"', () => {
    expect(texts('Washington blacklisted Rosneft Chief Executive Igor Sechin.')).toEqual(expect.arrayContaining(['Rosneft', 'Igor Sechin']));
  });

  it('ends a name at a possessive and at punctuation', () => {
    const found = texts("It sanctioned Venezuela's development bank, Bandes, on Friday.");
    expect(found).toEqual(expect.arrayContaining(['Venezuela', 'Bandes']));
    expect(found.some((t) => t.includes(','))).toBe(false);
  });

  it('keeps an abbreviation\'s periods and a number after a name', () => {
    const found = texts('The tanker Adrian Darya 1 belongs to Petroleos de Venezuela S.A. now.');
    expect(found).toEqual(expect.arrayContaining(['Adrian Darya 1', 'Petroleos de Venezuela S.A.']));
  });

  it('takes a quoted name whole', () => {
    const [quoted] = nameCandidates('The vessel, renamed “Grace 1”, sailed on.').filter((c) => c.quoted);
    expect(quoted).toMatchObject({ text: 'Grace 1', words: ['Grace', '1'] });
  });

  it('gives offsets into the article when the clause starts later', () => {
    const article = 'First sentence. On Friday it sanctioned Bandes.';
    const start = article.indexOf('On Friday');
    const bandes = nameCandidates(article.slice(start), start).find((c) => c.text === 'Bandes');
    expect(bandes && article.slice(bandes.start, bandes.end)).toBe('Bandes');
  });

  it('finds nothing in lower-case prose', () => {
    expect(nameCandidates('sanctions were lifted last year.')).toEqual([]);
  });
});

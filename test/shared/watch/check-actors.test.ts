import { describe, expect, it } from 'vitest';
import { actorRefProblem } from '../../../shared/watch/check-actors.js';

describe('actorRefProblem', () => {
  it.each([
    ['an alpha-2 code', 'VE'],
    ['an alpha-2 code in lower case', 've'],
    ['a former state the gazetteer still tags', 'SU'],
    ['an organisation reported by name', 'EU'],
    ['an organisation with a two-word name, any case', 'arab league'],
  ])('accepts %s (%s)', (_, ref) => {
    expect(actorRefProblem(ref)).toBeUndefined();
  });

  it.each([
    ['an alpha-3 code', 'IRN', /alpha-3 code: use IR$/],
    ['an alpha-3 code that is also a common name', 'USA', /use US$/],
    ['a country name', 'Iran', /use IR$/],
    ['an informal name', 'UK', /use GB$/],
    ['an adjective', 'Venezuelan', /use VE$/],
    ['a capital standing for its state', 'Kremlin', /use RU$/],
    ['an organisation by its long name', 'European Union', /use EU$/],
    ['a body the tagger reports as its state', 'US Treasury', /use US$/],
    ['a leader', 'Putin', /use RU$/],
  ])('refuses %s (%s) and names the value to use', (_, ref, message) => {
    expect(actorRefProblem(ref)).toMatch(message);
  });

  it('refuses a territory the gazetteer does not tag, naming it', () => {
    expect(actorRefProblem('PR')).toBe('"PR" (Puerto Rico) is not a state the gazetteer tags, so no mention can name it');
  });

  it('refuses a misspelt organisation, suggesting the one meant', () => {
    expect(actorRefProblem('NATTO')).toMatch(/did you mean NATO\?$/);
  });

  it('refuses an unknown name, listing the organisations a watch can name', () => {
    expect(actorRefProblem('Narnia')).toMatch(/neither an ISO 3166-1 alpha-2 code .* \(organisations: EU, UN, NATO, .*OPEC\)$/);
  });
});

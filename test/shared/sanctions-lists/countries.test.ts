import { describe, expect, it } from 'vitest';
import { countryCode, programCountry } from '../../../shared/sanctions-lists/countries.js';

describe('countryCode', () => {
  it.each([
    ['Venezuela', 'VE'],
    ['Russia', 'RU'],
    ['Korea, North', 'KP'],
    ['Congo, Democratic Republic of the', 'CD'],
    ['Bahamas, The', 'BS'],
    ['Burma', 'MM'],
    ['Turkey', 'TR'],
    ['Region: Gaza', 'PS'],
    ['Cote d Ivoire', 'CI'],
    ['Hong Kong', 'HK'],
  ])('reads %s as %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  it.each(['undetermined', 'Region: Crimea', 'Treasury', ''])('finds no country in %j', (name) => {
    expect(countryCode(name)).toBeUndefined();
  });
});

describe('programCountry', () => {
  it.each([
    ['VENEZUELA-EO13850', 'VE'],
    ['IRAN-HR', 'IR'],
    ['DPRK3', 'KP'],
    ['SDGT', undefined],
    ['RUSSIA-EO14024', 'RU'],
  ])('%s → %s', (program, code) => {
    expect(programCountry(program)).toBe(code);
  });
});

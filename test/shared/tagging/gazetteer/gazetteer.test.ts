import { describe, expect, it } from 'vitest';
import { findActors, fitsDescriptor } from '../../../../shared/tagging/gazetteer/index.js';
import { STATES } from '../../../../shared/tagging/gazetteer/states.js';

const codesIn = (text: string) =>
  findActors(text, 0, text.length).map((h) => (h.actor.kind === 'state' ? h.actor.code : h.actor.name));

describe('gazetteer', () => {
  it('covers all 193 UN member states with unique ISO codes', () => {
    const codes = STATES.map((s) => s.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(193);
    for (const code of ['AF', 'BR', 'FJ', 'KP', 'SS', 'TV', 'VE', 'ZW']) expect(codes).toContain(code);
  });

  it.each([
    ['names', 'Venezuela and North Korea', ['VE', 'KP']],
    ['adjectives and demonyms', 'Russian troops and Israelis', ['RU', 'IL']],
    ['capitals and seats of government', 'Moscow, Washington, the Kremlin, Beijing and Whitehall', ['RU', 'US', 'RU', 'CN', 'GB']],
    ['aliases', 'the US, the UK and the DPRK', ['US', 'GB', 'KP']],
    ['supranational bodies keep their names', 'the EU, the UN, NATO, the OAS and the AU', ['EU', 'UN', 'NATO', 'OAS', 'AU']],
    ['government bodies stand for their state', 'The Trump administration and the Commerce Department', ['US', 'US']],
    ['longest name wins', 'Equatorial Guinea and Guinea-Bissau', ['GQ', 'GW']],
    ['hyphenated adjectives', 'a Russian-Venezuelan exercise', ['RU', 'VE']],
  ])('resolves %s', (_what, text, expected) => {
    expect(codesIn(text)).toEqual(expected);
  });

  it.each([
    ['lower-case words are not states', 'a turkey and a chad of paper'],
    ['"South American" is a region, not the US', 'the South American country'],
    ['"Latin America" is a region', 'across Latin America'],
  ])('ignores %s', (_what, text) => {
    expect(codesIn(text)).toEqual([]);
  });

  it('checks descriptors against region and membership', () => {
    expect(fitsDescriptor('VE', 'South American ')).toBe(true);
    expect(fitsDescriptor('US', 'South American ')).toBe(false);
    expect(fitsDescriptor('VE', 'Opec ')).toBe(true);
    expect(fitsDescriptor('RU', 'Opec ')).toBe(false);
    expect(fitsDescriptor('RU', 'crisis-hit ')).toBe(true);
  });
});

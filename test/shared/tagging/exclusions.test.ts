import { describe, expect, it } from 'vitest';
import { detect } from '../../../shared/tagging/detect.js';
import { applyExclusions } from '../../../shared/tagging/exclusions.js';

const surviving = (text: string) => applyExclusions(text, detect(text)).map((c) => c.rule.id);

describe('exclusions', () => {
  it.each([
    ['"sanctioned" meaning approved', 'The council sanctioned the use of force.'],
    ['UN-sanctioned mission', 'It joined a UN-sanctioned mission.'],
    ['boycott of an election', 'The opposition will boycott the election.'],
    ['security forces are not military', 'Security forces were deployed in the capital.'],
    ['a court freezing accounts', 'A court froze the accounts of the fraud suspect.'],
    ['political manoeuvres', 'Weeks of political manoeuvres followed.'],
  ])('drops %s', (_what, text) => {
    expect(surviving(text)).toEqual([]);
  });

  it.each([
    ['a penalty "sanction"', 'The US sanctioned seven officials.', 'sanctions.imposed'],
    ['a consumer boycott', 'Activists called for a boycott of Israeli goods.', 'sanctions.called-for'],
  ])('keeps %s', (_what, text, rule) => {
    expect(surviving(text)).toContain(rule);
  });
});

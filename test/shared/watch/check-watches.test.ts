import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkWatches, type WatchCheck } from '../../../shared/watch/check-watches.js';

const watch = (overrides: Record<string, unknown> = {}) => ({ id: 'iran-sanctions', name: 'Sanctions on Iran', categories: ['sanctions'], ...overrides });
const problemsOf = (document: unknown, checks?: WatchCheck[]) => {
  const checked = checkWatches(document, { checks });
  return checked.ok ? [] : checked.problems;
};

describe('checkWatches', () => {
  it('given the shipped config/watches.json, when checked, then it passes with every watch', () => {
    const file = JSON.parse(readFileSync(new URL('../../../config/watches.json', import.meta.url), 'utf8'));

    const checked = checkWatches(file);

    expect(checked.ok && checked.value.map((w) => w.id)).toEqual(['venezuela-sanctions', 'russia-deployments-abroad', 'sanctions-daily']);
  });

  it.each([
    ['an alpha-3 code', { patients: ['IRN'] }, 'watches[0].patients[0]', /use IR$/],
    ['a country name', { patients: ['Iran'] }, 'watches[0].patients[0]', /use IR$/],
    ['USA', { agents: ['USA'] }, 'watches[0].agents[0]', /use US$/],
    ['a misspelt key', { patient: ['IR'] }, 'watches[0].patient', /did you mean "patients"\?$/],
    ['a misspelt subscription key', { subscriptions: { emails: ['desk@tocsin.dev'] } }, 'watches[0].subscriptions.emails', /did you mean "email"\?$/],
    ['an empty categories list', { categories: [] }, 'watches[0].categories', /expected array to have >=1 items/],
    ['a subtype of a category not listed', { subtypes: ['imposed', 'deployed'] }, 'watches[0].subtypes[1]', /"deployed" is a military-deployment subtype, but categories lists only sanctions/],
    [
      'abroad with the same state as agent and patient',
      { categories: ['military-deployment'], agents: ['RU'], patients: ['ru'], abroad: true },
      'watches[0].abroad',
      /agents and patients both name only RU: it can never match/,
    ],
  ])('given %s, when checked, then it is refused at its path', (_, overrides, path, message) => {
    expect(problemsOf({ watches: [watch(overrides)] })).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  it('given abroad with two agents, one of them the patient, when checked, then it passes: one may deploy to the other', () => {
    expect(problemsOf({ watches: [watch({ categories: ['military-deployment'], agents: ['RU', 'BY'], patients: ['BY'], abroad: true })] })).toEqual([]);
  });

  it('given mistakes in several watches, when checked, then every problem is reported in one pass', () => {
    const document = {
      watches: [
        watch({ patient: ['IR'], subtypes: ['deployed'] }),
        watch({ id: 'russia', categories: ['military-deployment'], agents: ['RUS'], modalities: ['assertd'] }),
        watch(),
      ],
    };

    expect(problemsOf(document).map((p) => p.path).sort()).toEqual([
      'watches[0].patient',
      'watches[0].subtypes[0]',
      'watches[1].agents[0]',
      'watches[1].modalities[0]',
      'watches[2].id',
    ]);
  });

  it('given an unknown top-level key, when checked, then the file key meant is suggested', () => {
    expect(problemsOf({ watch: [watch()] })).toContainEqual({ path: 'watch', message: 'unknown key "watch": did you mean "watches"?' });
  });

  describe('with checks that need data loaded at run time', () => {
    // What a sanctions-list check looks like: it sees parsed watches and reports paths within one.
    const noUnlistedPatients: WatchCheck = (w) =>
      (w.patients ?? []).flatMap((p, i) => (p === 'KP' ? [{ path: ['patients', i], message: 'KP is not on the loaded list' }] : []));

    it('given a watch the check refuses, when checked, then its problem comes with the path in the file', () => {
      const document = { watches: [watch(), watch({ id: 'korea', patients: ['VE', 'KP'] })] };

      expect(problemsOf(document, [noUnlistedPatients])).toEqual([{ path: 'watches[1].patients[1]', message: 'KP is not on the loaded list' }]);
    });

    it('given another watch that fails the schema, when checked, then the check still reports on the valid one', () => {
      const document = { watches: [watch({ patients: ['IRN'] }), watch({ id: 'korea', patients: ['KP'] })] };

      expect(problemsOf(document, [noUnlistedPatients]).map((p) => p.path)).toEqual(['watches[0].patients[0]', 'watches[1].patients[0]']);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { describeChange, materialChanges, mergeBaseline } from '../../../shared/watch/changes.js';
import { aDeploymentMention, aMention } from '../../support/factories.js';

const span = (text: string) => ({ start: 0, end: text.length, text });
const IRAN_SENTENCE = 'Washington also imposed sanctions on Iran’s central bank on Thursday.';
const THREAT_SENTENCE = 'The US threatened to impose sanctions on Venezuela’s oil industry.';
const REPORTED_SENTENCE = 'Russian troops were reported to have arrived in Venezuela, according to local media.';

const firstAlert = [aMention()];

describe('materialChanges', () => {
  it('finds nothing in a copy of the story: the same mentions again', () => {
    const baseline = mergeBaseline(undefined, firstAlert);

    expect(materialChanges(baseline, [aMention()])).toEqual([]);
  });

  it('finds nothing in an immaterial change: a weaker or equal mention of what was already said', () => {
    const baseline = mergeBaseline(undefined, firstAlert);
    const weaker = aMention({ subtype: 'threatened', modality: 'reported', confidence: 0.6, evidence: span(THREAT_SENTENCE) });

    expect(materialChanges(baseline, [weaker])).toEqual([]);
  });

  it('names a new target with the new evidence beside the old', () => {
    const baseline = mergeBaseline(undefined, firstAlert);
    const iran = aMention({ patients: [{ kind: 'state', code: 'IR', surface: 'Iran' }], evidence: span(IRAN_SENTENCE) });

    const changes = materialChanges(baseline, [iran]);

    expect(changes).toEqual([expect.objectContaining({ kind: 'target', target: 'IR', now: IRAN_SENTENCE, before: aMention().evidence.text })]);
    expect(changes.map(describeChange)).toEqual(['New target: IR']);
  });

  it('names a named entity as a new target, with its country', () => {
    const baseline = mergeBaseline(undefined, firstAlert);
    const bank = aMention({ patients: [{ kind: 'entity', name: 'Bandes', surface: 'Bandes', country: 'VE' }] });

    expect(materialChanges(baseline, [bank]).map(describeChange)).toEqual(['New target: Bandes (VE)']);
  });

  it('names an escalation up the ladder and the severity it raises: threatened -> imposed', () => {
    const threat = aMention({ subtype: 'threatened', modality: 'asserted', confidence: 0.7, evidence: span(THREAT_SENTENCE) });
    const baseline = mergeBaseline(undefined, [threat]);

    const changes = materialChanges(baseline, [aMention()]);

    expect(changes.map(describeChange)).toEqual(['Escalated: sanctions threatened -> imposed', 'Severity: medium -> high']);
    expect(changes[0]).toMatchObject({ now: aMention().evidence.text, before: THREAT_SENTENCE });
  });

  it('does not call easing an escalation', () => {
    const baseline = mergeBaseline(undefined, firstAlert);

    expect(materialChanges(baseline, [aMention({ subtype: 'eased', confidence: 0.5 })])).toEqual([]);
  });

  it('names a modality that firms up for the same event: reported -> asserted', () => {
    const reported = aDeploymentMention({ modality: 'reported', evidence: span(REPORTED_SENTENCE) });
    const baseline = mergeBaseline(undefined, [reported]);

    const changes = materialChanges(baseline, [aDeploymentMention()]);

    expect(changes.map(describeChange)).toEqual(['Severity: medium -> high', 'Firmer: deployed reported -> asserted']);
    expect(changes.at(-1)).toMatchObject({ before: REPORTED_SENTENCE });
  });

  it('names a destination new to a deployment story as a destination, once however many mentions repeat it', () => {
    const baseline = mergeBaseline(undefined, [aDeploymentMention()]);
    const cuba = aDeploymentMention({ patients: [{ kind: 'state', code: 'CU', surface: 'Cuba' }] });

    expect(materialChanges(baseline, [cuba, cuba]).map(describeChange)).toEqual(['New destination: CU']);
  });

  it('remembers what an update told: the same change is not news twice', () => {
    const iran = aMention({ patients: [{ kind: 'state', code: 'IR', surface: 'Iran' }] });
    const afterUpdate = mergeBaseline(mergeBaseline(undefined, firstAlert), [iran]);

    expect(materialChanges(afterUpdate, [iran])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/article/mention.js';
import { matchWatch } from '../../../shared/watch/match.js';
import { aDeploymentMention, aMention, aRussiaAbroadWatch, aWatch } from '../../support/factories.js';

const state = (code: string): Actor => ({ kind: 'state', code, surface: code });
const bandes: Actor = { kind: 'entity', name: 'Bandes', surface: 'its development bank, Bandes', country: 'VE' };

describe('matchWatch', () => {
  describe('category and subtype', () => {
    it('given a sanctions watch, when a deployment is mentioned, then nothing matches', () => {
      const watch = aWatch({ categories: ['sanctions'] });

      expect(matchWatch(watch, [aDeploymentMention()])).toEqual([]);
    });

    it('given mixed mentions, when matched, then only the watched category is returned, in order', () => {
      const imposed = aMention({ subtype: 'imposed' });
      const eased = aMention({ subtype: 'eased' });
      const watch = aWatch({ categories: ['sanctions'] });

      expect(matchWatch(watch, [imposed, aDeploymentMention(), eased])).toEqual([imposed, eased]);
    });

    it('given a watch on imposed sanctions only, when sanctions are eased, then nothing matches', () => {
      const watch = aWatch({ subtypes: ['imposed'] });

      expect(matchWatch(watch, [aMention({ subtype: 'eased' })])).toEqual([]);
      expect(matchWatch(watch, [aMention({ subtype: 'imposed' })])).toHaveLength(1);
    });
  });

  describe('actors', () => {
    it('given a watch on US sanctions, when the US imposes, then it matches; when the EU imposes, then not', () => {
      const watch = aWatch({ agents: ['US'] });

      expect(matchWatch(watch, [aMention({ agents: [state('US')] })])).toHaveLength(1);
      expect(matchWatch(watch, [aMention({ agents: [state('GB')] })])).toEqual([]);
    });

    it('given a watch on sanctions against Venezuela, when the target is another state, then nothing matches', () => {
      const watch = aWatch({ patients: ['VE'] });

      expect(matchWatch(watch, [aMention({ patients: [state('IR')] })])).toEqual([]);
    });

    it('given a watch on Venezuela, when the target is Bandes, an entity of Venezuela, then it matches', () => {
      const watch = aWatch({ patients: ['VE'] });

      expect(matchWatch(watch, [aMention({ patients: [bandes], targetKind: 'entity' })])).toHaveLength(1);
    });

    it('given a watch on Venezuela, when the target is an entity of unknown country, then nothing matches', () => {
      const watch = aWatch({ patients: ['VE'] });
      const stateless: Actor = { kind: 'entity', name: 'Bandes', surface: 'Bandes' };

      expect(matchWatch(watch, [aMention({ patients: [stateless] })])).toEqual([]);
    });

    it('given a watch on a target country, when that country is only the agent, then nothing matches', () => {
      const watch = aWatch({ patients: ['US'] });

      expect(matchWatch(watch, [aMention({ agents: [state('US')], patients: [state('VE')] })])).toEqual([]);
    });

    it('given a watch on EU sanctions, when the EU (tagged as an organisation) imposes them, then it matches', () => {
      const watch = aWatch({ agents: ['EU'] });
      const eu: Actor = { kind: 'organisation', name: 'EU', surface: 'the European Union' };

      expect(matchWatch(watch, [aMention({ agents: [eu], patients: [state('BY')] })])).toHaveLength(1);
    });

    it('given a watch involving Venezuela, when Venezuela is on either side, then it matches', () => {
      const watch = aWatch({ countries: ['VE'] });

      expect(matchWatch(watch, [aMention({ agents: [state('VE')], patients: [state('US')] })])).toHaveLength(1);
      expect(matchWatch(watch, [aMention({ agents: [state('US')], patients: [state('VE')] })])).toHaveLength(1);
      expect(matchWatch(watch, [aMention({ agents: [state('US')], patients: [state('IR')] })])).toEqual([]);
    });
  });

  describe('abroad', () => {
    const russiaAbroad = aRussiaAbroadWatch();

    it('given the Russia-abroad watch, when Russia deploys to Venezuela, then it matches', () => {
      const toVenezuela = aDeploymentMention({ agents: [state('RU')], patients: [state('VE')] });

      expect(matchWatch(russiaAbroad, [toVenezuela])).toEqual([toVenezuela]);
    });

    it('given the Russia-abroad watch, when Russia deploys inside Russia, then nothing matches', () => {
      const atHome = aDeploymentMention({ agents: [state('RU')], patients: [state('RU')] });

      expect(matchWatch(russiaAbroad, [atHome])).toEqual([]);
    });

    it('given the Russia-abroad watch, when the destination is unknown, then nothing matches', () => {
      const nowhere = aDeploymentMention({ agents: [state('RU')], patients: [] });

      expect(matchWatch(russiaAbroad, [nowhere])).toEqual([]);
    });

    it('given the Russia-abroad watch, when the United States deploys to Venezuela, then nothing matches', () => {
      const american = aDeploymentMention({ agents: [state('US')], patients: [state('VE')] });

      expect(matchWatch(russiaAbroad, [american])).toEqual([]);
    });
  });

  describe('modality', () => {
    it('given default modalities, when a sanction is negated, then nothing matches', () => {
      expect(matchWatch(aWatch(), [aMention({ modality: 'negated' })])).toEqual([]);
    });

    it('given default modalities, when a sanction is reported, then it matches', () => {
      expect(matchWatch(aWatch(), [aMention({ modality: 'reported' })])).toHaveLength(1);
    });

    it.each(['negated', 'hypothetical', 'planned', 'threatened', 'historical'] as const)(
      'given default modalities, when the mention is %s, then it is excluded; when the watch lists it, then it matches',
      (modality) => {
        const mention = aMention({ modality });

        expect(matchWatch(aWatch(), [mention])).toEqual([]);
        expect(matchWatch(aWatch({ modalities: ['asserted', modality] }), [mention])).toEqual([mention]);
      },
    );

    it('given a watch that lists only planned, when a sanction is asserted, then nothing matches', () => {
      expect(matchWatch(aWatch({ modalities: ['planned'] }), [aMention({ modality: 'asserted' })])).toEqual([]);
    });
  });

  describe('confidence', () => {
    it('given the default minimum of 0.5, when confidence is 0.5, then it matches; when 0.49, then not', () => {
      expect(matchWatch(aWatch(), [aMention({ confidence: 0.5 })])).toHaveLength(1);
      expect(matchWatch(aWatch(), [aMention({ confidence: 0.49 })])).toEqual([]);
    });

    it('given a watch asking for 0.8, when confidence is 0.7, then nothing matches', () => {
      expect(matchWatch(aWatch({ minConfidence: 0.8 }), [aMention({ confidence: 0.7 })])).toEqual([]);
    });
  });
});

describe('matchWatch by list identity (entities)', () => {
  const linkedBandes: Actor = {
    ...bandes,
    sanctions: [{ list: 'us-ofac-sdn', id: '26587', name: 'BANCO DE DESARROLLO ECONOMICO Y SOCIAL DE VENEZUELA', programs: ['VENEZUELA-EO13850'], score: 0.96, alias: 'BANDES' }],
  };
  const onBandes = aMention({ patients: [state('VE'), linkedBandes] });
  const onUnlinkedBandes = aMention({ patients: [state('VE'), bandes] });

  it.each([
    ['a program', 'VENEZUELA-EO13850'],
    ['a list', 'us-ofac-sdn'],
    ['a list entry', 'us-ofac-sdn:26587'],
    ['the listed name', 'Banco de Desarrollo Economico y Social de Venezuela'],
    ['the name as written', 'Bandes'],
  ])('matches a linked party named by %s', (_, ref) => {
    expect(matchWatch(aWatch({ entities: [ref] }), [onBandes])).toEqual([onBandes]);
  });

  it('needs the link for list identities: an unlinked party matches only by name', () => {
    expect(matchWatch(aWatch({ entities: ['VENEZUELA-EO13850'] }), [onUnlinkedBandes])).toEqual([]);
    expect(matchWatch(aWatch({ entities: ['BANDES'] }), [onUnlinkedBandes])).toEqual([onUnlinkedBandes]);
  });

  it('does not match another program or a mention with no named party', () => {
    expect(matchWatch(aWatch({ entities: ['RUSSIA-EO14024'] }), [onBandes])).toEqual([]);
    expect(matchWatch(aWatch({ entities: ['us-ofac-sdn'] }), [aMention()])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { composeDesignationAlert, reportDesignations } from '../../../shared/entity-linking/designations.js';
import { namedParties } from '../../../shared/entity-linking/named-parties.js';
import type { ListDiff } from '../../../shared/sanctions-lists/diff.js';
import type { ListEntry } from '../../../shared/sanctions-lists/list.js';
import type { AlertMessage } from '../../../shared/watch/alert.js';
import { aWatch } from '../../support/factories.js';
import { aMentionOf, demoSdnIndex } from '../../support/sanctions.js';
import { InMemoryNamedPartyIndex } from '../../support/sanctions-fakes.js';

const NOW = new Date('2019-03-25T12:00:00.000Z');

/** Articles stored before the designation, as process-articles records them. */
async function namesWith(...articles: { id: string; sentence: string; ingestedAt: string }[]) {
  const names = new InMemoryNamedPartyIndex();
  for (const a of articles) {
    await names.record({
      id: a.id,
      title: `Title ${a.id}`,
      url: `https://news.example/${a.id}`,
      source: { id: 'example', name: 'Example News' },
      publishedAt: a.ingestedAt,
      ingestedAt: a.ingestedAt,
      text: a.sentence,
      mentions: [aMentionOf(a.sentence)],
    });
  }
  return names;
}

const diffAdding = async (...ids: string[]): Promise<ListDiff> => {
  const index = await demoSdnIndex();
  return { list: 'us-ofac-sdn', from: 'a', to: 'b', added: ids.map((id) => index.entry(id) as ListEntry), removed: [], changed: [] };
};

const recordingPublisher = () => {
  const sent: AlertMessage[] = [];
  return { sent, publish: async (message: AlertMessage) => (sent.push(message), `msg-${sent.length}`) };
};

describe('reportDesignations', () => {
  it('finds the articles of the last 90 days that named a newly designated party, by any of its names', async () => {
    const names = await namesWith(
      { id: 'recent', sentence: 'Washington weighed sanctions on Petróleos de Venezuela after the vote.', ingestedAt: '2019-03-01T00:00:00.000Z' },
      { id: 'acronym', sentence: 'The US may sanction Venezuelan oil firm PDVSA, officials said.', ingestedAt: '2019-03-10T00:00:00.000Z' },
      { id: 'too-old', sentence: 'Washington weighed sanctions on Petróleos de Venezuela after the vote.', ingestedAt: '2018-11-01T00:00:00.000Z' },
      { id: 'other', sentence: 'Sanctions on Mahan Air were discussed.', ingestedAt: '2019-03-11T00:00:00.000Z' },
    );
    const publisher = recordingPublisher();
    const { designations } = await reportDesignations(await diffAdding('26367'), { commonWords: [] }, NOW, { names, watches: [], publisher });
    expect(designations[0]?.priorArticles.map((a) => a.articleId)).toEqual(['acronym', 'recent']);
  });

  it('alerts watches that ask for designations in their scope, with enough prior articles', async () => {
    const names = await namesWith({ id: 'a1', sentence: 'Sanctions on Mahan Air were discussed in Tehran.', ingestedAt: '2019-03-11T00:00:00.000Z' });
    const publisher = recordingPublisher();
    const watches = [
      aWatch({ id: 'any-named', designations: { minArticles: 1 } }),
      aWatch({ id: 'venezuela-program', entities: ['VENEZUELA-EO13850'], designations: { minArticles: 0 } }),
      aWatch({ id: 'needs-two', designations: { minArticles: 2 } }),
      aWatch({ id: 'no-designations' }),
    ];
    const { alerts } = await reportDesignations(await diffAdding('12927', '26587'), { commonWords: [] }, NOW, { names, watches, publisher });
    expect(alerts.map((a) => `${a.watchId}:${a.entryId}`).sort()).toEqual(['any-named:12927', 'venezuela-program:26587']);
  });
});

describe('composeDesignationAlert', () => {
  it('names the entry, its list identity and the articles that named it, under an alert id stable per watch and designation', async () => {
    const entry = (await demoSdnIndex()).entry('26587') as ListEntry;
    const alert = composeDesignationAlert(aWatch({ id: 'w', name: 'Venezuela' }), {
      list: 'us-ofac-sdn',
      entry,
      priorArticles: [{ articleId: 'x', title: 'US weighs sanctions on Bandes', url: 'https://news.example/x', sourceName: 'Example News', ingestedAt: '2019-03-20T00:00:00.000Z', name: 'Bandes' }],
    });
    expect(alert).toMatchObject({ watchId: 'w', kind: 'alert', attributes: { category: 'sanctions', countries: ['VE'], severity: 'high' } });
    expect(alert.alertId).toBe(composeDesignationAlert(aWatch({ id: 'w', name: 'Venezuela' }), { list: 'us-ofac-sdn', entry, priorArticles: [] }).alertId);
    expect(alert.email).toContain('List entry: us-ofac-sdn 26587, VENEZUELA-EO13850');
    expect(alert.email).toContain('Named in 1 article of the last 90 days before designation:');
    expect(alert.subject).toBe(`[Tocsin ${alert.alertId}] Venezuela: BANCO DE DESARROLLO ECONOMICO Y SOCIAL DE VENEZUELA added to the OFAC SDN list`.slice(0, 99));
    expect(alert.sms.length).toBeLessThanOrEqual(160);
  });
});

describe('namedParties', () => {
  it('records the names of a clause and its named actors, not its countries', () => {
    const sentence = 'The US sanctioned Nicolas Maduro and Venezuela on Friday.';
    const names = namedParties(sentence, [aMentionOf(sentence)]).map((p) => p.name);
    expect(names).toContain('Nicolas Maduro');
    expect(names).not.toContain('Venezuela');
  });
});

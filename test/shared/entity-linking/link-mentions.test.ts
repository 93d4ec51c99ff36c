import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Actor, Mention } from '../../../shared/article/mention.js';
import { hasNameCandidates, linkMentions } from '../../../shared/entity-linking/link-mentions.js';
import { tagText } from '../../../shared/tagging/index.js';
import { aMentionOf, demoSdnIndex } from '../../support/sanctions.js';

const FIRST_ARTICLE = readFileSync(fileURLToPath(new URL('../../../local/demo/first-article.txt', import.meta.url)), 'utf8');

/** "name → id:alias" for every linked actor of the linked mentions. */
const linksOf = (mentions: readonly Mention[]): string[] =>
  mentions.flatMap((m) =>
    [...m.agents, ...m.patients].flatMap((a: Actor) => (a.kind === 'state' ? [] : (a.sanctions ?? []).map((l) => `${a.name} → ${l.id}:${l.alias}`))),
  );

const linkSentence = async (sentence: string, overrides: Partial<Mention> = {}) =>
  linkMentions(await demoSdnIndex(), sentence, [aMentionOf(sentence, overrides)]);

describe('linkMentions', () => {
  it('links Bandes in the first article to entry 26587 under VENEZUELA-EO13850, on the actor the tagger found', async () => {
    const linked = linkMentions(await demoSdnIndex(), FIRST_ARTICLE, tagText(FIRST_ARTICLE));
    const bandes = linked.flatMap((m) => m.patients).find((a) => a.kind === 'entity' && a.name === 'Bandes');
    expect(bandes).toMatchObject({
      sanctions: [{ list: 'us-ofac-sdn', id: '26587', name: 'BANCO DE DESARROLLO ECONOMICO Y SOCIAL DE VENEZUELA', programs: ['VENEZUELA-EO13850'], alias: 'BANDES' }],
    });
    expect(linksOf(linked)).toEqual(['Bandes → 26587:BANDES']);
  });

  it.each([
    ['a full name, accents and legal form aside', 'The Treasury sanctioned Petróleos de Venezuela SA on Monday.', ['Petróleos de Venezuela SA → 26367:PETROLEOS DE VENEZUELA, S.A.']],
    ['a person by given name and surname', 'Washington imposed sanctions on President Nicolas Maduro himself.', ['Nicolas Maduro → 22790:MADURO MOROS, Nicolas']],
    ['a transliteration variant of a person', 'The US sanctioned Osama bin Laden in 1999.', ['Osama bin Laden → 6365:BIN LADEN, Osama']],
    ['two names joined by "and"', 'The sanctions hit Iran Air and Mahan Air.', ['Iran Air → 25237:IRAN AIR', 'Mahan Air → 12927:MAHAN AIR']],
    ['a vessel with a ship in the clause', 'The tanker Adrian Darya 1 was blacklisted.', ['Adrian Darya 1 → 27304:ADRIAN DARYA 1']],
    ['a short name through its definition', 'The US blocked Banco Nacional de Cuba (BNC) in 1960, and BNC remains blocked.', ['Banco Nacional de Cuba → 306:BANCO NACIONAL DE CUBA']],
  ])('links %s', async (_, sentence, expected) => {
    expect(linksOf(await linkSentence(sentence)).sort()).toEqual(expected);
  });

  it.each([
    ['a surname alone', 'Sanctions were imposed on Maduro and his allies.'],
    ['a short acronym alone', 'Sanctions were imposed on BNC last year.'],
    ['a company sharing a word with a listed one', 'Sanctions hit Air France and Iran Airtour.'],
    ['a person sharing a surname', 'Sanctions hit Maria Maduro, a Lisbon baker.'],
    ['a vessel named with no ship in the clause', 'Adrian Darya 1 was the album the band released.'],
    ['a country', 'The US imposed sanctions on Venezuela and Cuba.'],
  ])('does not link %s', async (_, sentence) => {
    expect(linksOf(await linkSentence(sentence))).toEqual([]);
  });

  it('adds a listed party the tagger missed as a target of a sanction, and as an agent of a deployment', async () => {
    const sentence = 'Hizballah sent fighters to Syria, the US said.';
    const [sanction] = await linkSentence(sentence);
    const [deployment] = await linkSentence(sentence, { category: 'military-deployment', subtype: 'deployed' });
    expect(sanction?.patients).toEqual([expect.objectContaining({ kind: 'entity', name: 'Hizballah', surface: 'Hizballah' })]);
    expect(deployment?.agents).toEqual([expect.objectContaining({ kind: 'entity', name: 'Hizballah' })]);
    expect(deployment?.patients).toEqual([]);
  });

  it('adds one actor for a party named twice in a clause', async () => {
    const [mention] = await linkSentence('OFAC designated Petróleos de Venezuela (PDVSA) in January.');
    expect(mention?.patients).toHaveLength(1);
    expect(linksOf([mention!])).toEqual(['Petróleos de Venezuela → 26367:PETROLEOS DE VENEZUELA, S.A.']);
  });

  it('returns a mention with nothing to link unchanged', async () => {
    const mention = aMentionOf('The EU imposed sanctions on Belarus.');
    expect((await linkSentence('The EU imposed sanctions on Belarus.'))[0]).toEqual(mention);
  });
});

describe('hasNameCandidates', () => {
  it('says whether a list is needed at all: country names alone need none', () => {
    expect(hasNameCandidates('Venezuela faces new sanctions.', [aMentionOf('Venezuela faces new sanctions.')])).toBe(false);
    expect(hasNameCandidates('Bandes faces new sanctions.', [aMentionOf('Bandes faces new sanctions.')])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { StorySource } from '../../../shared/ports.js';
import { composeAlert, SMS_MAX_CHARS } from '../../../shared/watch/alert.js';
import { aDeploymentMention, aMention, aTaggedEvent, aWatch, SANCTIONS_SENTENCE } from '../../support/factories.js';

const LONG_TITLE =
  'Russia accuses US of plotting coup in Venezuela as Moscow flies troops, equipment and a military cargo plane to Caracas while Washington widens oil sanctions';
/** A real article URL (93 characters), as long as those of many publishers. */
const GUARDIAN_URL = 'https://www.theguardian.com/world/2019/mar/25/russia-accuses-us-of-plotting-coup-in-venezuela';
/** GSM 03.38 basic character set: anything else makes the SMS UCS-2, where a segment holds only 70 characters. */
const GSM_BASIC = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]*$/;

const bandesMention = aMention({
  patients: [{ kind: 'entity', name: 'Bandes', surface: 'its development bank, Bandes', country: 'VE' }],
  targetKind: 'entity',
  evidence: {
    start: 0,
    end: 62,
    text: 'On Friday it sanctioned its development bank, Bandes, in efforts to choke off financial flows to Maduro’s government.',
  },
});

describe('composeAlert', () => {
  describe('SMS', () => {
    it('given a long title, when composed, then the SMS fits one segment and ends with the link', () => {
      const event = aTaggedEvent({ title: LONG_TITLE });

      const { sms } = composeAlert(aWatch(), event, event.mentions, []);

      expect(sms.length).toBeLessThanOrEqual(SMS_MAX_CHARS);
      expect(sms.endsWith(` ${event.url}`)).toBe(true);
      expect(sms).toContain('Tocsin HIGH Sanctions on Venezuela');
    });

    it('given a long title and a 93-character article URL, when composed, then the SMS still keeps the link', () => {
      const event = aTaggedEvent({ title: LONG_TITLE, url: GUARDIAN_URL });

      const { sms } = composeAlert(aWatch(), event, event.mentions, []);

      expect(sms.length).toBeLessThanOrEqual(SMS_MAX_CHARS);
      expect(sms).toContain(GUARDIAN_URL);
    });

    it('given a short title, when composed, then the SMS holds the whole title, who did what to whom, and the link', () => {
      const event = aTaggedEvent({ title: 'US sanctions Venezuela oil' });

      const { sms } = composeAlert(aWatch(), event, event.mentions, []);

      expect(sms).toBe(`Tocsin HIGH Sanctions on Venezuela: US imposed VE. US sanctions Venezuela oil ${event.url}`);
    });

    it('given a curly apostrophe in a long title, when composed, then the SMS stays in the GSM alphabet so 160 characters are one segment', () => {
      const event = aTaggedEvent({ title: `Venezuela’s ${LONG_TITLE}` });

      const { sms } = composeAlert(aWatch(), event, event.mentions, []);

      expect(sms.length).toBeLessThanOrEqual(SMS_MAX_CHARS);
      expect(sms).toMatch(GSM_BASIC);
    });
  });

  describe('subject', () => {
    it('given curly quotes and dashes in the title, when composed, then the subject is printable ASCII with straight quotes', () => {
      const event = aTaggedEvent({ title: 'Venezuela’s “illegitimate regime” – Pompeo warns Moscow' });

      const { subject } = composeAlert(aWatch(), event, event.mentions, []);

      expect(subject).toBe('[Tocsin] Sanctions on Venezuela: Venezuela\'s "illegitimate regime" - Pompeo warns Moscow');
      expect(subject).toMatch(/^[\x20-\x7E]+$/);
    });

    it('given accented letters, when composed, then they keep their base letter', () => {
      const event = aTaggedEvent({ title: 'Sanctions hit Petróleos de Venezuela and Bogotá' });

      const { subject } = composeAlert(aWatch(), event, event.mentions, []);

      expect(subject).toContain('Petroleos de Venezuela and Bogota');
    });

    it('given a very long title, when composed, then the subject is under 100 characters and marks the cut', () => {
      const event = aTaggedEvent({ title: LONG_TITLE });

      const { subject } = composeAlert(aWatch(), event, event.mentions, []);

      expect(subject.length).toBeLessThan(100);
      expect(subject).toMatch(/^\[Tocsin\] Sanctions on Venezuela: Russia accuses US .*\.\.\.$/);
    });

    it('given a line break inside the title, when composed, then the words either side stay apart', () => {
      const event = aTaggedEvent({ title: 'US sanctions\nVenezuela' });

      const { subject } = composeAlert(aWatch(), event, event.mentions, []);

      expect(subject).toBe('[Tocsin] Sanctions on Venezuela: US sanctions Venezuela');
    });
  });

  describe('email', () => {
    it('given a matched mention, when composed, then the email gives title, source, time, link, evidence and actors', () => {
      const event = aTaggedEvent();

      const { email } = composeAlert(aWatch(), event, event.mentions, []);

      expect(email).toContain(event.title);
      expect(email).toContain('Source: Example News');
      expect(email).toContain('Published: 2019-03-25T08:00:00.000Z');
      expect(email).toContain(`Link: ${event.url}`);
      expect(email).toContain(`Evidence: "${SANCTIONS_SENTENCE}"`);
      expect(email).toContain('Imposed by: US');
      expect(email).toContain('Target: VE');
      expect(email).toContain('sanctions / imposed (asserted, confidence 0.90)');
    });

    it('given an entity target, when composed, then the email names it with its country', () => {
      const event = aTaggedEvent({ mentions: [bandesMention] });

      const { email } = composeAlert(aWatch(), event, event.mentions, []);

      expect(email).toContain('Target: Bandes (VE)');
      expect(email).toContain('sanctioned its development bank, Bandes');
    });

    it('given a deployment, when composed, then actors are labelled as deployer and destination', () => {
      const watch = aWatch({ id: 'russia-abroad', name: 'Russia abroad', categories: ['military-deployment'], agents: ['RU'], abroad: true });
      const event = aTaggedEvent({ mentions: [aDeploymentMention()] });

      const { email } = composeAlert(watch, event, event.mentions, []);

      expect(email).toContain('Deployed by: RU');
      expect(email).toContain('Destination: VE');
    });

    it('given a watch with filters, when composed, then the email says which rule matched', () => {
      const watch = aWatch({ patients: ['VE'], subtypes: ['imposed'], minConfidence: 0.7 });
      const event = aTaggedEvent();

      const { email } = composeAlert(watch, event, event.mentions, []);

      expect(email).toContain('Watch: Sanctions on Venezuela');
      expect(email).toContain(
        'Rule matched: categories sanctions, subtypes imposed, on or in VE, modality asserted/reported, confidence ≥ 0.7',
      );
    });

    it('given only the matched mentions, when composed, then unmatched mentions of the article are left out', () => {
      const event = aTaggedEvent({ mentions: [aMention(), aDeploymentMention()] });

      const { email } = composeAlert(aWatch(), event, [aMention()], []);

      expect(email).toContain('1. sanctions / imposed');
      expect(email).not.toContain('military-deployment');
      expect(email).not.toContain('2. ');
    });

    it('given the story has other sources, when composed, then "Also reported by" lists them but not the article itself', () => {
      const event = aTaggedEvent({ articleId: 'article-2', storyId: 'article-1' });
      const sources: StorySource[] = [
        { articleId: 'article-1', sourceName: 'The Guardian', url: GUARDIAN_URL },
        { articleId: 'article-2', sourceName: 'Example News', url: event.url },
        { articleId: 'article-3', sourceName: 'Reuters', url: 'https://www.reuters.com/article/venezuela-russia' },
      ];

      const { email } = composeAlert(aWatch(), event, event.mentions, sources);

      const alsoReported = email.slice(email.indexOf('Also reported by:'));
      expect(alsoReported).toBe(
        ['Also reported by:', `- The Guardian: ${GUARDIAN_URL}`, '- Reuters: https://www.reuters.com/article/venezuela-russia'].join('\n'),
      );
    });

    it('given the article is its story\'s only source, when composed, then there is no "Also reported by" section', () => {
      const event = aTaggedEvent();
      const self: StorySource = { articleId: event.articleId, sourceName: 'Example News', url: event.url };

      const { email } = composeAlert(aWatch(), event, event.mentions, [self]);

      expect(email).not.toContain('Also reported by');
    });
  });

  describe('attributes', () => {
    it('given mentions of the US, an entity of Venezuela and a deployment, when composed, then attributes carry categories, countries and the top severity', () => {
      const watch = aWatch({ categories: ['sanctions', 'military-deployment'] });
      const matched = [aMention({ modality: 'reported' }), bandesMention, aDeploymentMention({ modality: 'planned' })];
      const event = aTaggedEvent({ mentions: matched });

      const { attributes, watchId, storyId, articleId } = composeAlert(watch, event, matched, []);

      expect(attributes.category.split(',').sort()).toEqual(['military-deployment', 'sanctions']);
      expect([...attributes.countries].sort()).toEqual(['RU', 'US', 'VE']);
      expect(attributes.severity).toBe('high');
      expect({ watchId, storyId, articleId }).toEqual({ watchId: watch.id, storyId: event.storyId, articleId: event.articleId });
    });

    it('given only a reported mention, when composed, then severity is medium', () => {
      const event = aTaggedEvent({ mentions: [aMention({ modality: 'reported' })] });

      const { attributes } = composeAlert(aWatch(), event, event.mentions, []);

      expect(attributes.severity).toBe('medium');
    });
  });
});

describe('composeAlert with sanctions-list links', () => {
  it('shows the list identity of a linked target: list, entry, listed name and programs', () => {
    const bandes = {
      kind: 'entity' as const,
      name: 'Bandes',
      surface: 'Bandes',
      country: 'VE',
      sanctions: [{ list: 'us-ofac-sdn', id: '26587', name: 'BANCO DE DESARROLLO ECONOMICO Y SOCIAL DE VENEZUELA', programs: ['VENEZUELA-EO13850'], score: 0.96, alias: 'BANDES' }],
    };
    const mention = aMention({ patients: [bandes] });
    const alert = composeAlert(aWatch(), aTaggedEvent({ mentions: [mention] }), [mention], []);
    expect(alert.email).toContain('Target: Bandes (VE) [us-ofac-sdn 26587: BANCO DE DESARROLLO ECONOMICO Y SOCIAL DE VENEZUELA; VENEZUELA-EO13850]');
  });
});

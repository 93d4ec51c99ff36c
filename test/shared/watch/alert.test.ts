import { describe, expect, it } from 'vitest';
import type { StorySource } from '../../../shared/ports.js';
import type { Mention } from '../../../shared/article/mention.js';
import type { ArticleTaggedEvent } from '../../../shared/use-cases/article-tagged-event.js';
import { composeAlert, type AlertInput } from '../../../shared/watch/alert.js';
import { gsmSeptets, SMS_MAX_SEPTETS } from '../../../shared/watch/message-text.js';
import type { Watch } from '../../../shared/watch/watch.js';
import { aDeploymentMention, aMention, aTaggedEvent, aWatch, SANCTIONS_SENTENCE } from '../../support/factories.js';

const LONG_TITLE =
  'Russia accuses US of plotting coup in Venezuela as Moscow flies troops, equipment and a military cargo plane to Caracas while Washington widens oil sanctions';
/** A real article URL (93 characters), as long as those of many publishers. */
const GUARDIAN_URL = 'https://www.theguardian.com/world/2019/mar/25/russia-accuses-us-of-plotting-coup-in-venezuela';
/** GSM 03.38 basic character set: anything else makes the SMS UCS-2, where a segment holds only 70 characters. */
const GSM_BASIC = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà]*$/;

const ALERT_ID = 'a1b2c3d4e5f6';
const SMS_MAX_CHARS = SMS_MAX_SEPTETS;

/** A first alert as send-alerts composes it; `extra` adds a feed, an update... */
const compose = (watch: Watch, event: ArticleTaggedEvent, matched: readonly Mention[], alsoReportedBy: readonly StorySource[], extra: Partial<AlertInput> = {}) =>
  composeAlert({ watch, event, matched, alsoReportedBy, alertId: ALERT_ID, ...extra });

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

      const { sms } = compose(aWatch(), event, event.mentions, []);

      expect(sms.length).toBeLessThanOrEqual(SMS_MAX_CHARS);
      expect(sms.endsWith(` ${event.url}`)).toBe(true);
      expect(sms).toContain('Tocsin HIGH Sanctions on Venezuela');
    });

    it('given a long title and a 93-character article URL, when composed, then the SMS still keeps the link', () => {
      const event = aTaggedEvent({ title: LONG_TITLE, url: GUARDIAN_URL });

      const { sms } = compose(aWatch(), event, event.mentions, []);

      expect(sms.length).toBeLessThanOrEqual(SMS_MAX_CHARS);
      expect(sms).toContain(GUARDIAN_URL);
    });

    it('given a short title, when composed, then the SMS holds the whole title, who did what to whom, and the link', () => {
      const event = aTaggedEvent({ title: 'US sanctions Venezuela oil' });

      const { sms } = compose(aWatch(), event, event.mentions, []);

      expect(sms).toBe(`Tocsin HIGH Sanctions on Venezuela: US imposed VE. US sanctions Venezuela oil ${event.url}`);
    });

    it('given a curly apostrophe in a long title, when composed, then the SMS stays in the GSM alphabet so 160 characters are one segment', () => {
      const event = aTaggedEvent({ title: `Venezuela’s ${LONG_TITLE}` });

      const { sms } = compose(aWatch(), event, event.mentions, []);

      expect(sms.length).toBeLessThanOrEqual(SMS_MAX_CHARS);
      expect(sms).toMatch(GSM_BASIC);
    });
  });

  describe('subject', () => {
    it('given curly quotes and dashes in the title, when composed, then the subject is printable ASCII with straight quotes', () => {
      const event = aTaggedEvent({ title: 'Venezuela’s “illegitimate regime” – Pompeo warns' });

      const { subject } = compose(aWatch(), event, event.mentions, []);

      expect(subject).toBe('[Tocsin a1b2c3d4e5f6] Sanctions on Venezuela: Venezuela\'s "illegitimate regime" - Pompeo warns');
      expect(subject).toMatch(/^[\x20-\x7E]+$/);
    });

    it('given accented letters, when composed, then they keep their base letter', () => {
      const event = aTaggedEvent({ title: 'Sanctions hit Petróleos de Venezuela and Bogotá' });

      const { subject } = compose(aWatch(), event, event.mentions, []);

      expect(subject).toContain('Petroleos de Venezuela and Bogota');
    });

    it('given a very long title, when composed, then the subject is under 100 characters and marks the cut', () => {
      const event = aTaggedEvent({ title: LONG_TITLE });

      const { subject } = compose(aWatch(), event, event.mentions, []);

      expect(subject.length).toBeLessThan(100);
      expect(subject).toMatch(/^\[Tocsin a1b2c3d4e5f6\] Sanctions on Venezuela: Russia accuses US .*\.\.\.$/);
    });

    it('given a line break inside the title, when composed, then the words either side stay apart', () => {
      const event = aTaggedEvent({ title: 'US sanctions\nVenezuela' });

      const { subject } = compose(aWatch(), event, event.mentions, []);

      expect(subject).toBe('[Tocsin a1b2c3d4e5f6] Sanctions on Venezuela: US sanctions Venezuela');
    });
  });

  describe('email', () => {
    it('given a matched mention, when composed, then the email gives title, source, time, link, evidence and actors', () => {
      const event = aTaggedEvent();

      const { email } = compose(aWatch(), event, event.mentions, []);

      expect(email).toContain(event.title);
      expect(email).toContain('Source: Example News');
      expect(email).toContain('Published: 2019-03-25T08:00:00.000Z');
      expect(email).toContain(`Link: ${event.url}`);
      expect(email).toContain(`Evidence: "${SANCTIONS_SENTENCE}"`);
      expect(email).toContain('Imposed by: US');
      expect(email).toContain('Target: VE');
      expect(email).toContain('sanctions / imposed (asserted, confidence 0.90, rule sanctions.imposed)');
    });

    it('given an entity target, when composed, then the email names it with its country', () => {
      const event = aTaggedEvent({ mentions: [bandesMention] });

      const { email } = compose(aWatch(), event, event.mentions, []);

      expect(email).toContain('Target: Bandes (VE)');
      expect(email).toContain('sanctioned its development bank, Bandes');
    });

    it('given a deployment, when composed, then actors are labelled as deployer and destination', () => {
      const watch = aWatch({ id: 'russia-abroad', name: 'Russia abroad', categories: ['military-deployment'], agents: ['RU'], abroad: true });
      const event = aTaggedEvent({ mentions: [aDeploymentMention()] });

      const { email } = compose(watch, event, event.mentions, []);

      expect(email).toContain('Deployed by: RU');
      expect(email).toContain('Destination: VE');
    });

    it('given a watch with filters, when composed, then the email says which rule matched', () => {
      const watch = aWatch({ patients: ['VE'], subtypes: ['imposed'], minConfidence: 0.7 });
      const event = aTaggedEvent();

      const { email } = compose(watch, event, event.mentions, []);

      expect(email).toContain('Watch: Sanctions on Venezuela');
      expect(email).toContain(
        'Rule matched: categories sanctions, subtypes imposed, on or in VE, modality asserted/reported, confidence ≥ 0.7',
      );
    });

    it('given only the matched mentions, when composed, then unmatched mentions of the article are left out', () => {
      const event = aTaggedEvent({ mentions: [aMention(), aDeploymentMention()] });

      const { email } = compose(aWatch(), event, [aMention()], []);

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

      const { email } = compose(aWatch(), event, event.mentions, sources);

      const alsoReported = email.slice(email.indexOf('Also reported by:'), email.indexOf('\n\nA message with the same alert id'));
      expect(alsoReported).toBe(
        ['Also reported by:', `- The Guardian: ${GUARDIAN_URL}`, '- Reuters: https://www.reuters.com/article/venezuela-russia'].join('\n'),
      );
    });

    it('given the article is its story\'s only source, when composed, then there is no "Also reported by" section', () => {
      const event = aTaggedEvent();
      const self: StorySource = { articleId: event.articleId, sourceName: 'Example News', url: event.url };

      const { email } = compose(aWatch(), event, event.mentions, [self]);

      expect(email).not.toContain('Also reported by');
    });
  });

  describe('attributes', () => {
    it('given mentions of the US, an entity of Venezuela and a deployment, when composed, then attributes carry categories, countries and the top severity', () => {
      const watch = aWatch({ categories: ['sanctions', 'military-deployment'] });
      const matched = [aMention({ modality: 'reported' }), bandesMention, aDeploymentMention({ modality: 'planned' })];
      const event = aTaggedEvent({ mentions: matched });

      const { attributes, watchId, storyId, articleId } = compose(watch, event, matched, []);

      expect(attributes.category.split(',').sort()).toEqual(['military-deployment', 'sanctions']);
      expect([...attributes.countries].sort()).toEqual(['RU', 'US', 'VE']);
      expect(attributes.severity).toBe('high');
      expect({ watchId, storyId, articleId }).toEqual({ watchId: watch.id, storyId: event.storyId, articleId: event.articleId });
    });

    it('given only a reported mention, when composed, then severity is medium', () => {
      const event = aTaggedEvent({ mentions: [aMention({ modality: 'reported' })] });

      const { attributes } = compose(aWatch(), event, event.mentions, []);

      expect(attributes.severity).toBe('medium');
    });
  });

  describe('updates', () => {
    const iran = aMention({
      patients: [{ kind: 'state', code: 'IR', surface: 'Iran' }],
      evidence: { start: 0, end: 69, text: 'Washington also imposed sanctions on Iran’s central bank on Thursday.' },
    });
    const update = {
      follows: '0f0f0f0f0f0f',
      changes: [{ kind: 'target' as const, category: 'sanctions' as const, target: 'IR', now: iran.evidence.text, before: SANCTIONS_SENTENCE }],
    };

    it('says it is an update, what changed, and shows the new evidence beside the old', () => {
      const event = aTaggedEvent({ mentions: [iran] });

      const alert = compose(aWatch(), event, [iran], [], { update });

      expect(alert.kind).toBe('update');
      expect(alert.subject).toBe('[Tocsin a1b2c3d4e5f6] UPDATE Sanctions on Venezuela: US sanctions Venezuela\'s development bank');
      expect(alert.email).toContain('Alert id: a1b2c3d4e5f6 (an update to alert 0f0f0f0f0f0f)');
      expect(alert.email).toContain(
        ['What changed:', '- New target: IR', `    Now:    "${iran.evidence.text}"`, `    Before: "${SANCTIONS_SENTENCE}"`].join('\n'),
      );
      expect(alert.sms).toMatch(/^Tocsin UPDATE HIGH Sanctions on Venezuela: New target: IR\. /);
    });
  });

  describe('provenance', () => {
    it('shows the feed’s domain and the link’s, and marks a headline whose link leaves the feed’s domain', () => {
      const event = aTaggedEvent({ url: 'https://login-bank.example.net/verify', title: 'US sanctions Venezuela' });

      const alert = compose(aWatch(), event, event.mentions, [], { feedUrl: 'https://feeds.news.example.com/world.rss' });

      expect(alert.email).toContain('[off-site link] US sanctions Venezuela');
      expect(alert.email).toContain('Feed domain: example.com');
      expect(alert.email).toContain('Link domain: example.net');
      expect(alert.email).toContain("WARNING: this link is on example.net, not on the feed's own domain example.com.");
      expect(alert.subject).toContain('[off-site link] US sanctions Venezuela');
      expect(alert.sms).toMatch(/^Tocsin HIGH CHECK LINK /);
    });

    it('does not mark a link on another host of the feed’s own registrable domain (feeds.bbci.co.uk → www.bbci.co.uk)', () => {
      const event = aTaggedEvent({ url: 'https://www.bbci.co.uk/news/world-47712345' });

      const { email } = compose(aWatch(), event, event.mentions, [], { feedUrl: 'https://feeds.bbci.co.uk/news/world/rss.xml' });

      expect(email).toContain('Link domain: bbci.co.uk');
      expect(email).not.toContain('off-site');
    });

    it('says an API or import submission came from no feed', () => {
      const { email } = compose(aWatch(), aTaggedEvent(), [aMention()], []);

      expect(email).toContain('Feed: none (submitted through the API or an import)');
    });

    it('keeps a title with line breaks from forging extra lines in the email', () => {
      const event = aTaggedEvent({ title: 'Harmless\nSeverity: low\nLink: https://evil.example' });

      const { email } = compose(aWatch(), event, event.mentions, []);

      expect(email.split('\n').filter((line) => line.startsWith('Link:'))).toEqual([`Link: ${event.url}`]);
      expect(email.split('\n').filter((line) => line.startsWith('Severity:'))).toEqual(['Severity: high']);
    });

    it('says when the source gave no date, and which time stood in for it', () => {
      const event = aTaggedEvent({ publishedAt: undefined, fetchedAt: '2019-03-25T08:05:00.000Z' });

      const { email } = compose(aWatch(), event, event.mentions, []);

      expect(email).toContain('Published: unknown (the source gave no date; fetched 2019-03-25T08:05:00.000Z)');
    });
  });

  describe('limits, by construction', () => {
    const hugeEvidence = 'The United States imposed sanctions on Venezuela. '.repeat(400);
    const many = Array.from({ length: 1_000 }, (_, i) =>
      aMention({ confidence: 0.5 + (i % 50) / 100, evidence: { start: 0, end: hugeEvidence.length, text: hugeEvidence } }),
    );
    const event = aTaggedEvent({ title: 'T'.repeat(1_000), url: `https://news.example.com/${'a'.repeat(100_000)}`, mentions: many });
    const sources = Array.from({ length: 500 }, (_, i) => ({ articleId: `a${i}`, sourceName: 'S'.repeat(300), url: `https://s${i}.example.org/${'p'.repeat(3_000)}` }));

    it('shows the top mentions and counts the rest, however many matched', () => {
      const { email } = compose(aWatch(), event, many, sources);

      expect(email).toContain('Mentions (the top 5 of 1000):');
      expect(email).not.toContain('\n6. ');
      expect(email).toContain('...and 490 more.');
    });

    it('keeps the email small, the subject under 100 ASCII characters and the SMS in one GSM-7 segment, with the alert id whole', () => {
      const alert = compose(aWatch({ name: 'W'.repeat(5_000) }), event, many, sources);

      expect(Buffer.byteLength(alert.email)).toBeLessThan(64 * 1024);
      expect(alert.subject.length).toBeLessThan(100);
      expect(alert.subject.startsWith('[Tocsin a1b2c3d4e5f6] ')).toBe(true);
      expect(gsmSeptets(alert.sms)).toBeLessThanOrEqual(160);
      expect(alert.email).toContain('Link: (a 100025-character link on example.com, not shown)');
    });

    it('counts GSM-7 extension characters ([ ] { } ~ ^ | \\) as two septets, so an SMS full of them still fits one segment', () => {
      const brackets = aTaggedEvent({ title: '[{|}]~^\\'.repeat(40) });

      const { sms } = compose(aWatch(), brackets, brackets.mentions, []);

      expect(gsmSeptets(sms)).toBeLessThanOrEqual(160);
      expect(sms.length).toBeLessThan(160);
      expect(sms.endsWith(` ${brackets.url}`)).toBe(true);
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
    const alert = composeAlert({ watch: aWatch(), event: aTaggedEvent({ mentions: [mention] }), matched: [mention], alsoReportedBy: [], alertId: 'abc123def456' });
    expect(alert.email).toContain('Target: Bandes (VE) [us-ofac-sdn 26587: BANCO DE DESARROLLO ECONOMICO Y SOCIAL DE VENEZUELA; VENEZUELA-EO13850]');
  });
});

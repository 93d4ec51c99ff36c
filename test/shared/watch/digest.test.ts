import { describe, expect, it } from 'vitest';
import { alertIdFor, composeAlert, type AlertInput } from '../../../shared/watch/alert.js';
import { composeDigest, digestIdFor, digestItemOf, type DigestItem, type WaitReason } from '../../../shared/watch/digest.js';
import { gsmSeptets } from '../../../shared/watch/message-text.js';
import { aDeploymentMention, aMention, aTaggedEvent, aWatch } from '../../support/factories.js';

const daily = aWatch({ id: 'sanctions-daily', name: 'Sanctions: daily digest', delivery: { mode: 'daily', at: '08:00', timeZone: 'Europe/London' } });
const deliveryAt = new Date('2019-03-29T08:00:00Z');

/** A waiting item built the way send-alerts builds it. */
function anItem(input: Partial<AlertInput> & { storyId: string }, reason: WaitReason = 'queued', decidedAt = '2019-03-28T09:00:00.000Z'): DigestItem {
  const { storyId, ...rest } = input;
  const event = { ...(input.event ?? aTaggedEvent()), storyId, articleId: `${storyId}-a` };
  const full: AlertInput = { watch: daily, matched: event.mentions, alsoReportedBy: [], alertId: alertIdFor(daily.id, storyId, input.update ? 1 : 0), ...rest, event };
  return digestItemOf(composeAlert(full), full, reason, decidedAt);
}

describe('composeDigest', () => {
  const reported = aMention({ modality: 'reported' });
  const storyA = anItem({ storyId: 'story-a', event: aTaggedEvent({ title: 'Lavrov accuses US of plotting coup', mentions: [reported] }) });
  const storyAUpdate = anItem(
    {
      storyId: 'story-a',
      event: aTaggedEvent({ title: 'US confirms new sanctions on Venezuela', mentions: [aMention()] }),
      update: { follows: 'x', changes: [{ kind: 'modality', category: 'sanctions', subtype: 'imposed', from: 'reported', to: 'asserted', now: 'n', before: 'b' }] },
    },
    'queued',
    '2019-03-28T11:00:00.000Z',
  );
  const storyB = anItem({ storyId: 'story-b', event: aTaggedEvent({ title: 'EU threatens sanctions', mentions: [aMention({ subtype: 'threatened', confidence: 0.5, modality: 'reported' })] }) });

  it('lists each story once, most severe first, with its best evidence, what updates changed and its count of sources', () => {
    const digest = composeDigest({
      watch: daily,
      items: [storyB, storyA, storyAUpdate],
      sourceCounts: new Map([['story-a', 3], ['story-b', 1]]),
      sourceCountLimit: 20,
      deliveryAt,
    });

    expect(digest.storyIds).toEqual(['story-a', 'story-b']);
    expect(digest.email).toContain('Daily digest, 2019-03-29 08:00 Europe/London');
    expect(digest.email).toContain('2 stories (1 high, 1 low)');
    expect(digest.email).toContain('1. [HIGH] US confirms new sanctions on Venezuela');
    expect(digest.email).toContain('   Updated: Firmer: imposed reported -> asserted');
    expect(digest.email).toContain('   Sources: 3');
    expect(digest.email).toContain('2. [LOW] EU threatens sanctions');
    expect(digest.email.match(/Lavrov/g)).toBeNull();
    expect(digest.subject).toBe(`[Tocsin ${digestIdFor(daily.id, deliveryAt)}] Daily digest Sanctions: daily digest: 2 stories (1 high, 1 low)`);
    expect(digest.attributes.severity).toBe('high');
  });

  it('sends SMS subscribers a count and a link', () => {
    const digest = composeDigest({ watch: daily, items: [storyA, storyB], sourceCounts: new Map(), sourceCountLimit: 20, deliveryAt });

    expect(digest.sms.startsWith('Tocsin daily digest Sanctions: daily digest: 2 stories (1 medium, 1 low). Top: Lavrov')).toBe(true);
    expect(digest.sms.endsWith(` ${storyA.url}`)).toBe(true);
    expect(gsmSeptets(digest.sms)).toBeLessThanOrEqual(160);
  });

  it('names a realtime watch’s roll-up and why its alerts waited', () => {
    const realtime = aWatch({ quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/London' }, maxPerHour: 2 });
    const held = { ...storyA, reason: 'held' as const };
    const limited = { ...storyB, reason: 'rate-limited' as const };

    const digest = composeDigest({ watch: realtime, items: [held, limited], sourceCounts: new Map(), sourceCountLimit: 20, deliveryAt });

    expect(digest.email).toContain('Roll-up, 2019-03-29 08:00 Europe/London');
    expect(digest.email).toContain('1 held in quiet hours, 1 past the hourly limit');
  });

  it('stays within SNS limits with hundreds of stories: the top ones in full, the rest counted', () => {
    const deployment = aDeploymentMention({ evidence: { start: 0, end: 5_000, text: 'x'.repeat(5_000) } });
    const items = Array.from({ length: 400 }, (_, i) =>
      anItem({ storyId: `story-${i}`, event: aTaggedEvent({ title: 'T'.repeat(1_000), url: `https://n.example.com/${'p'.repeat(2_040)}`, mentions: [deployment] }) }),
    );
    const watch = aWatch({ ...daily, categories: ['military-deployment'] });

    const digest = composeDigest({ watch, items, sourceCounts: new Map(), sourceCountLimit: 20, deliveryAt });

    expect(digest.email).toContain('...and 375 more stories.');
    expect(Buffer.byteLength(digest.email)).toBeLessThan(100 * 1024);
    expect(digest.subject.length).toBeLessThan(100);
    expect(gsmSeptets(digest.sms)).toBeLessThanOrEqual(160);
  });
});

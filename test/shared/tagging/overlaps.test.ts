import { describe, expect, it } from 'vitest';
import { detect } from '../../../shared/tagging/detect.js';
import { tagText } from '../../../shared/tagging/index.js';
import { resolveOverlaps } from '../../../shared/tagging/overlaps.js';

const resolved = (text: string) => resolveOverlaps(detect(text)).map((c) => c.rule.id);

describe('resolveOverlaps', () => {
  it('lets a specific rule beat the catch-all in the same sentence', () => {
    expect(resolved('The EU lifted sanctions on Belarus; the sanctions had lasted a year.')).toEqual(['sanctions.eased']);
  });

  it('keeps the higher-priority reading of overlapping triggers', () => {
    expect(resolved('A European oil embargo on Iran will also end.')).toEqual(['sanctions.eased']);
  });

  it('keeps one mention per category in different sentences', () => {
    expect(resolved('The EU imposed sanctions. The US imposed sanctions too.')).toEqual(['sanctions.imposed', 'sanctions.imposed']);
  });

  it('keeps both categories when a sentence has both', () => {
    expect(resolved('The EU imposed sanctions after Russia sent troops to the border.').sort()).toEqual(['deployment.send', 'sanctions.imposed']);
  });
});

describe('oneMentionPerEvent (through tagText, once modality is known)', () => {
  const events = (text: string) => tagText(text).map((m) => `${m.subtype}/${m.modality}`);

  it('keeps the reading that says it happened when a sentence tells one event twice', () => {
    expect(events('The emir asked British troops to leave; the evacuation of the troops was completed by October.')).toEqual([
      'withdrawn/asserted',
    ]);
  });

  it('still merges an event repeated in one sentence into one mention', () => {
    expect(events('The EU imposed sanctions on Belarus, and the sanctions hit its potash exports.')).toHaveLength(1);
  });
});

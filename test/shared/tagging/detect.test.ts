import { describe, expect, it } from 'vitest';
import { detect } from '../../../shared/tagging/detect.js';

describe('detect', () => {
  it('finds rule matches with their trigger and sentence', () => {
    const text = 'Markets rose. The EU imposed sanctions on Belarus. Troops were sent to the border.';
    const found = detect(text).map((c) => [c.rule.id, text.slice(c.trigger.start, c.trigger.end), text.slice(c.sentence.start, c.sentence.end)]);
    expect(found).toContainEqual(['sanctions.imposed', 'imposed sanctions', 'The EU imposed sanctions on Belarus.']);
    expect(found).toContainEqual(['deployment.send', 'Troops were sent', 'Troops were sent to the border.']);
  });

  it('returns nothing for a text without anchor words', () => {
    expect(detect('Shares in the bank rose 3% after the results.')).toEqual([]);
  });

  it('ignores anchors inside longer words ("bankrupt", "Embargos" aside)', () => {
    expect(detect('The company filed a bankruptcy motion.')).toEqual([]);
  });

  it('matches through curly quotes (sentences are normalised before the rules run)', () => {
    expect(detect('Russia\u2019s troops were sent to the border.').map((c) => c.rule.id)).toContain('deployment.send');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, KEYWORD_LISTS, unanchoredRuleCount, type Candidate } from '../../../shared/tagging/detect.js';
import { ANCHOR_STEMS, LEXICON } from '../../../shared/tagging/lexicon/index.js';
import { normalise } from '../../../shared/tagging/normalise.js';
import { sentenceAround } from '../../../shared/tagging/sentence.js';
import { HARD_NEGATIVES, HARD_POSITIVES } from '../../fixtures/tagging/hard-set.js';

/** detect by its definition, without the shortcuts: anchor regex, keyword regex, each rule's regex over the sentence. */
function detectByDefinition(text: string): Candidate[] {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const anchors = new RegExp(`(?<![a-z])(?:${ANCHOR_STEMS.map(escape).join('|')})`, 'gi');
  const out: Candidate[] = [];
  for (let a = anchors.exec(text); a !== null; a = anchors.exec(text)) {
    const sentence = sentenceAround(text, a.index);
    const body = normalise(text.slice(sentence.start, sentence.end));
    LEXICON.forEach((rule, priority) => {
      if (!new RegExp(`(?<![a-z])(?:${rule.keywords.join('|')})`, 'i').test(body)) return;
      for (const m of body.matchAll(new RegExp(rule.patterns.join('|'), 'gi'))) {
        const start = sentence.start + m.index;
        if (m[0].length > 0) out.push({ rule, priority, trigger: { start, end: start + m[0].length }, sentence });
      }
    });
    anchors.lastIndex = Math.max(sentence.end, a.index + 1);
  }
  return out.sort((x, y) => x.trigger.start - y.trigger.start || x.priority - y.priority);
}

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

  it('finds what scanning every flagged sentence with every rule finds', () => {
    const article = readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8');
    const texts = [article, ...LEXICON.flatMap((r) => r.examples), ...[...HARD_POSITIVES, ...HARD_NEGATIVES].map((c) => c.text)];
    const all = texts.join(' ');
    expect(detect(all).length).toBeGreaterThan(50);
    for (const text of [...texts, all]) expect(detect(text)).toEqual(detectByDefinition(text));
  });

  it('keeps every keyword list and rule on the anchored fast path', () => {
    expect(KEYWORD_LISTS.unindexedCount).toBe(0);
    expect(unanchoredRuleCount()).toBe(0);
  });
});

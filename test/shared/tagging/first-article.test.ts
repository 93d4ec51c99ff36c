import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countriesOf, type Mention } from '../../../shared/article/mention.js';
import { isAlertable, tagText } from '../../../shared/tagging/index.js';

const TEXT = readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8');
const mentions = tagText(TEXT);
const alertable = mentions.filter((m) => isAlertable(m));
const inSentence = (fragment: string) => (m: Mention) => m.evidence.text.includes(fragment);
const names = (actors: Mention['agents']) => actors.map((a) => (a.kind === 'state' ? a.code : a.name));

describe('the first article (Russia, the US and Venezuela)', () => {
  it.each([
    // [what, sentence fragment, category, agents include, patients include]
    ['US sanctions on the oil industry ("Trump administration" -> US, "the Opec nation" -> VE)', 'crippling sanctions', 'sanctions', ['US'], ['VE']],
    ['the sanctioning of the development bank Bandes', 'development bank, Bandes', 'sanctions', ['US'], ['Bandes']],
    ['troops and equipment flown to Venezuela', 'delivered troops and equipment to Venezuela', 'military-deployment', ['RU'], ['VE']],
    ['Moscow inserts military personnel into Venezuela', 'Moscow inserts military personnel', 'military-deployment', ['RU'], ['VE']],
  ])('finds %s', (_what, fragment, category, agents, patients) => {
    const found = alertable.filter((m) => m.category === category && inSentence(fragment)(m));
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((m) => agents.every((a) => names(m.agents).includes(a)))).toBe(true);
    expect(found.some((m) => patients.every((p) => names(m.patients).includes(p)))).toBe(true);
  });

  it('records Bandes as a Venezuelan entity', () => {
    const bandes = alertable.find(inSentence('Bandes'))?.patients.find((p) => p.kind === 'entity');
    expect(bandes).toMatchObject({ kind: 'entity', name: 'Bandes', country: 'VE' });
  });

  it('finds the joint Russian-Venezuelan exercise, with both countries', () => {
    const exercise = alertable.find((m) => m.subtype === 'exercise');
    expect(exercise?.evidence.text).toContain('joint military exercise');
    expect(countriesOf([...(exercise?.agents ?? []), ...(exercise?.patients ?? [])])).toEqual(expect.arrayContaining(['RU', 'VE']));
  });

  it.each([
    ['"will not stand idly by as Russia exacerbates tensions"', 'exacerbates tensions'],
    ['"Lavrov did not comment on that report"', 'Lavrov did not comment'],
    ['the call on Venezuelan military leaders to abandon Maduro', 'military leaders to abandon'],
  ])('does not tag as a deployment %s', (_what, fragment) => {
    expect(mentions.filter((m) => m.category === 'military-deployment' && inSentence(fragment)(m))).toEqual([]);
  });

  it('keeps every span faithful to the original text', () => {
    for (const m of mentions) {
      expect(TEXT.slice(m.trigger.start, m.trigger.end)).toBe(m.trigger.text);
      expect(TEXT.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.text);
    }
  });
});

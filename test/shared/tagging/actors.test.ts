import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/article/mention.js';
import { resolveActors, type DiscourseContext } from '../../../shared/tagging/actors.js';
import { detect } from '../../../shared/tagging/detect.js';

const label = (a: Actor) => (a.kind === 'state' ? a.code : a.name);
const actorsOf = (text: string, ctx: DiscourseContext = { text, previous: {} }) => {
  const c = detect(text)[0];
  if (!c) throw new Error(`no candidate in ${text}`);
  const r = resolveActors(text, c, ctx);
  return { agents: r.agents.map(label), patients: r.patients.map(label), targetKind: r.targetKind };
};

describe('resolveActors', () => {
  it.each([
    ['subject and "on" target', 'The EU imposed sanctions on Belarus.', ['EU'], ['BY']],
    ['a measure modifier is the imposer', 'The US arms embargo on Vietnam was lifted.', ['US'], ['VN']],
    ['a name before "sanctions" is the target', 'Congress debated Iran sanctions on Monday.', ['US'], ['IR']],
    ['passive "by"', 'Sanctions were imposed on Cuba by the United States.', ['US'], ['CU']],
    ['the force modifier is the deployer', 'Two Russian military planes delivered troops to Venezuela.', ['RU'], ['VE']],
    ['coordinated deployers', 'Canada, France, and the U.K. reacted by landing troops in Murmansk.', ['CA', 'FR', 'GB'], []],
    ['a capital stands for its state', 'Moscow inserts military personnel into Venezuela.', ['RU'], ['VE']],
    ['withdrawal names where forces leave', 'Syria withdrew its troops from Lebanon.', ['SY'], ['LB']],
  ])('%s', (_what, text, agents, patients) => {
    const r = actorsOf(text);
    expect(r.agents).toEqual(agents);
    expect(r.patients).toEqual(patients);
  });

  it('resolves a descriptor to the best-fitting state named earlier', () => {
    const text = 'Venezuela and Russia talked. Russia backed Venezuela. The US has imposed sanctions on the Opec nation.';
    const c = detect(text).find((x) => x.rule.category === 'sanctions');
    expect(c && resolveActors(text, c, { text, previous: {} }).patients.map(label)).toEqual(['VE']);
  });

  it('carries the agent and target country over to pronouns', () => {
    const text = 'On Friday it sanctioned its development bank, Bandes.';
    const ctx: DiscourseContext = { text, previous: { sanctions: { agents: [{ kind: 'state', code: 'US', surface: 'US' }], patients: [{ kind: 'state', code: 'VE', surface: 'Venezuela' }] } } };
    const r = actorsOf(text, ctx);
    expect(r.agents).toEqual(['US']);
    expect(r.patients).toEqual(['Bandes']);
    expect(r.targetKind).toBe('entity');
  });

  it.each([
    ['person', 'The US sanctioned seven officials.', 'person'],
    ['sector', "The US imposed sanctions on Venezuela's oil industry.", 'sector'],
    ['vessel', 'The US sanctioned three tankers.', 'vessel'],
    ['country', 'The EU imposed sanctions on Belarus.', 'country'],
  ])('records the target kind: %s', (_what, text, kind) => {
    expect(actorsOf(text).targetKind).toBe(kind);
  });
});

import { actorKeysOf, countriesOf, entityKeysOf, type Mention } from '../article/mention.js';
import type { Watch } from './watch.js';

const intersects = (keys: readonly string[], wanted: readonly string[] | undefined): boolean =>
  wanted === undefined || keys.some((k) => wanted.includes(k));

/** Whether a known agent state acts across a border: some patient state is not an agent state. */
const crossesBorder = (m: Mention): boolean => {
  const agents = countriesOf(m.agents);
  return agents.length > 0 && countriesOf(m.patients).some((c) => !agents.includes(c));
};

/** The mentions of an article that a watch asks to hear about. */
export function matchWatch(watch: Watch, mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => {
    const agents = actorKeysOf(m.agents);
    const patients = actorKeysOf(m.patients);
    return (
      watch.categories.includes(m.category) &&
      (watch.subtypes === undefined || watch.subtypes.includes(m.subtype)) &&
      watch.modalities.includes(m.modality) &&
      m.confidence >= watch.minConfidence &&
      intersects(agents, watch.agents) &&
      intersects(patients, watch.patients) &&
      intersects([...agents, ...patients], watch.countries) &&
      intersects(entityKeysOf([...m.agents, ...m.patients]), watch.entities) &&
      (!watch.abroad || crossesBorder(m))
    );
  });
}

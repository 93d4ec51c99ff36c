import iso3166 from 'iso-3166-1';
import { nearest } from '../config/nearest.js';
import { LEADERS, ORGANISATIONS } from '../tagging/gazetteer/organisations.js';
import { STATES } from '../tagging/gazetteer/states.js';

/**
 * What a name in a watch's agents, patients or countries would match, checked against what the
 * tagger can put on a mention: the gazetteer's states (by ISO 3166-1 alpha-2 code) and the
 * organisations that keep their own name. Anything else is a filter that never fires, so it is
 * refused with the value to use instead ("IRN", "Iran", "USA" → IR, IR, US).
 */
interface ActorIndex {
  stateCodes: ReadonlySet<string>;
  /** Upper-cased names of organisations reported under their own name ("EU", "ARAB LEAGUE"). */
  organisations: ReadonlyMap<string, string>;
  /** Upper-cased names, aliases, adjectives, seats, leaders and organisation aliases → what to use. */
  surfaces: ReadonlyMap<string, string>;
}

let index: ActorIndex | undefined;

// Built on first use: only config loading needs it, and it is a few hundred entries.
function actorIndex(): ActorIndex {
  if (index) return index;
  const surfaces = new Map<string, string>();
  const put = (surface: string, use: string): void => {
    if (!surfaces.has(surface.toUpperCase())) surfaces.set(surface.toUpperCase(), use);
  };
  for (const s of STATES) for (const surface of [...s.names, ...s.adjectives, ...s.seats]) put(surface.replace(/^the /, ''), s.code);
  const organisations = new Map<string, string>();
  for (const o of ORGANISATIONS) {
    if (!o.state) organisations.set(o.name.toUpperCase(), o.name);
    for (const surface of [o.name, ...o.surfaces]) put(surface, o.state ?? o.name);
  }
  for (const l of LEADERS) put(l.surface, l.state);
  index = { stateCodes: new Set(STATES.map((s) => s.code)), organisations, surfaces };
  return index;
}

/**
 * Why `ref` (as written in the config) can never match a mention's actor, or undefined when it can.
 *
 * @example
 * actorRefProblem('IRN') // '"IRN" is an ISO 3166-1 alpha-3 code: use IR'
 */
export function actorRefProblem(ref: string): string | undefined {
  const { stateCodes, organisations, surfaces } = actorIndex();
  const key = ref.trim().toUpperCase();
  if (stateCodes.has(key) || organisations.has(key)) return undefined;
  const alpha3 = key.length === 3 ? iso3166.whereAlpha3(key) : undefined;
  if (alpha3 && stateCodes.has(alpha3.alpha2)) return `"${ref}" is an ISO 3166-1 alpha-3 code: use ${alpha3.alpha2}`;
  const use = surfaces.get(key);
  if (use) return `"${ref}" is a name the tagger reports as ${use}: use ${use}`;
  const territory = iso3166.whereAlpha2(key) ?? alpha3;
  if (territory) return `"${ref}" (${territory.country}) is not a state the gazetteer tags, so no mention can name it`;
  const guess = nearest(key, [...organisations.values()]);
  return [
    `"${ref}" is neither an ISO 3166-1 alpha-2 code of a state the gazetteer tags nor an organisation it reports by name`,
    guess ? `did you mean ${guess}?` : `(organisations: ${[...organisations.values()].join(', ')})`,
  ].join(': ');
}

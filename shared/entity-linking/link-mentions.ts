import { countriesOf, type Actor, type Mention, type SanctionsLink } from '../article/mention.js';
import { countryCode } from '../sanctions-lists/countries.js';
import { nameKey } from '../sanctions-lists/names.js';
import type { SanctionsIndex } from '../sanctions-lists/sanctions-index.js';
import { acronymDefinitions } from './acronyms.js';
import { nameCandidates, type NameCandidate } from './candidates.js';
import { matchName, VESSEL_CUE, type MatchContext, type NameMatch } from './match-name.js';

type NamedActor = Extract<Actor, { kind: 'organisation' | 'entity' }>;

interface Found {
  candidate: NameCandidate;
  matches: NameMatch[];
}

const toLink = (index: SanctionsIndex, m: NameMatch): SanctionsLink => ({
  list: index.list,
  id: m.entry.id,
  name: m.entry.name,
  programs: m.entry.programs,
  score: m.score,
  alias: m.alias,
});

/** The names in a clause worth looking up (not country names), and the countries it names. */
export function readClause(text: string, mention: Mention): { candidates: NameCandidate[]; countries: string[] } {
  const all = nameCandidates(text.slice(mention.evidence.start, mention.evidence.end), mention.evidence.start);
  const codes = all.map((c) => countryCode(c.text));
  return { candidates: all.filter((_, i) => codes[i] === undefined), countries: codes.filter((c): c is string => c !== undefined) };
}

/** Whether any mention names a party to look up: linking loads its list only then. */
export const hasNameCandidates = (text: string, mentions: readonly Mention[]): boolean =>
  mentions.some((m) => readClause(text, m).candidates.length > 0);

/** The best match of a candidate, trying the long forms the article gives for a short name: "BNC" → "Banco Nacional de Cuba". */
function bestMatches(index: SanctionsIndex, candidate: NameCandidate, ctx: MatchContext, definitions: () => Map<string, string[]>): NameMatch[] {
  const direct = matchName(index, candidate.words, ctx);
  if (direct.length > 0 || candidate.words.length > 1) return direct;
  const longForms = definitions().get(candidate.text.toUpperCase()) ?? [];
  const viaLongForm = longForms.flatMap((long) => nameCandidates(long).flatMap((c) => matchName(index, c.words, ctx)));
  const top = Math.max(0, ...viaLongForm.map((m) => m.score));
  return viaLongForm.filter((m) => m.score === top).filter((m, i, all) => all.findIndex((o) => o.entry.id === m.entry.id) === i);
}

/** Non-overlapping names, best score first and then longest: "Mahan Air" rather than "Mahan". */
function pickNonOverlapping(found: Found[]): Found[] {
  const ranked = [...found].sort(
    (a, b) => (b.matches[0]?.score ?? 0) - (a.matches[0]?.score ?? 0) || b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start),
  );
  const picked: Found[] = [];
  for (const f of ranked) {
    if (!picked.some((p) => f.candidate.start < p.candidate.end && p.candidate.start < f.candidate.end)) picked.push(f);
  }
  return picked;
}

/** Whether an actor the tagger found is the named party: same name, or one name inside the other. */
const sameParty = (actor: NamedActor, candidateKey: string): boolean => {
  const actorKey = nameKey(actor.surface || actor.name);
  return actorKey !== '' && (actorKey === candidateKey || ` ${candidateKey} `.includes(` ${actorKey} `) || ` ${actorKey} `.includes(` ${candidateKey} `));
};

const withLinks = (actor: NamedActor, links: readonly SanctionsLink[]): NamedActor => {
  const known = actor.sanctions ?? [];
  const added = links.filter((l) => !known.some((k) => k.list === l.list && k.id === l.id));
  return added.length === 0 ? actor : { ...actor, sanctions: [...known, ...added].sort((a, b) => b.score - a.score) };
};

function linkMention(index: SanctionsIndex, text: string, mention: Mention, definitions: () => Map<string, string[]>): Mention {
  const evidence = text.slice(mention.evidence.start, mention.evidence.end);
  const { candidates, countries } = readClause(text, mention);
  const named = [...mention.agents, ...mention.patients].filter((a): a is NamedActor => a.kind !== 'state');
  // Actors the tagger carried over from an earlier sentence are looked up by their own name.
  for (const actor of named) {
    if (!candidates.some((c) => sameParty(actor, nameKey(c.text)))) {
      candidates.push({ text: actor.surface, start: -1, end: -1, words: actor.surface.split(/\s+/), quoted: false });
    }
  }
  // Only names whose every word occurs on the list can match; an acronym the article defines is kept for its long form.
  const lookups = candidates.filter((c) => c.words.every((w) => index.knowsWord(w)) || (c.words.length === 1 && text.includes(`(${c.text})`)));
  if (lookups.length === 0) return mention;
  const ctx: MatchContext = {
    countries: new Set([
      ...countriesOf(mention.agents),
      ...countriesOf(mention.patients),
      ...countries,
    ]),
    vesselCue: VESSEL_CUE.test(evidence),
  };
  const found = lookups.map((candidate) => ({ candidate, matches: bestMatches(index, candidate, ctx, definitions) })).filter((f) => f.matches.length > 0);
  if (found.length === 0) return mention;

  let agents = mention.agents;
  let patients = mention.patients;
  for (const { candidate, matches } of pickNonOverlapping(found)) {
    const links = matches.map((m) => toLink(index, m));
    const key = nameKey(candidate.text);
    const attach = (actors: Actor[]): Actor[] | undefined =>
      actors.some((a) => a.kind !== 'state' && sameParty(a, key))
        ? actors.map((a) => (a.kind !== 'state' && sameParty(a, key) ? withLinks(a, links) : a))
        : undefined;
    const onAgents = attach(agents);
    const onPatients = attach(patients);
    if (onAgents || onPatients) {
      agents = onAgents ?? agents;
      patients = onPatients ?? patients;
      continue;
    }
    // "Petróleos de Venezuela (PDVSA)": a second name of a party already linked adds nothing.
    const linked = new Set([...agents, ...patients].flatMap((a) => (a.kind === 'state' ? [] : (a.sanctions ?? []).map((l) => l.id))));
    if (links.every((l) => linked.has(l.id))) continue;
    // A listed party the tagger did not name: the target of a sanction, or the force or its sponsor
    // in a deployment (destinations are places, which lists do not hold).
    const actor: NamedActor = { kind: 'entity', name: candidate.text, surface: candidate.text, sanctions: links };
    if (mention.category === 'sanctions') patients = [...patients, actor];
    else agents = [...agents, actor];
  }
  return agents === mention.agents && patients === mention.patients ? mention : { ...mention, agents, patients };
}

/**
 * Links the named organisations, people and vessels of each mention's clause to entries of a
 * sanctions list. Reads only each mention's evidence span, its agents and patients, and the article
 * text (for short names it defines earlier: "Venezuela's development bank (Bandes)"). A named
 * party that is already an actor gets `sanctions` links; one that is not is added as an `entity`
 * actor: a patient (target) in a sanctions mention, an agent in a deployment mention.
 *
 * @example
 * linkMentions(index, text, tagText(text))
 * // … patients: [{ kind: 'entity', name: 'Bandes', sanctions: [{ list: 'us-ofac-sdn', id: '26587', alias: 'BANDES', … }] }]
 */
export function linkMentions(index: SanctionsIndex, text: string, mentions: readonly Mention[]): Mention[] {
  let definitions: Map<string, string[]> | undefined;
  const lazyDefinitions = () => (definitions ??= acronymDefinitions(text));
  return mentions.map((m) => linkMention(index, text, m, lazyDefinitions));
}

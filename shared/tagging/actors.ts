import type { Actor, Category, TargetKind } from '../article/mention.js';
import { clauseStart } from './clause.js';
import type { Candidate } from './detect.js';
import { DESCRIPTOR, findActors, fitsDescriptor, type ActorHit } from './gazetteer/index.js';

export interface ResolvedActors {
  agents: Actor[];
  patients: Actor[];
  targetKind?: TargetKind;
}

/** What earlier mentions of the same article leave for pronouns ("it sanctioned its bank"). */
export interface DiscourseContext {
  /** The whole text, for resolving descriptors against states named earlier. */
  text: string;
  previous: Partial<Record<Category, ResolvedActors>>;
}

/** A preposition right before an actor makes it a place or target, not the one acting. */
const OBLIQUE_BEFORE = /\b(?:on|against|to|into|in|from|with|of|for|at|by|over|near|toward|towards|across|along|inside|off|onto|than|between|targeting|upon|within|about|like)\s+(?:the\s+)?$/i;
const DESTINATION_BEFORE = /\b(?:to|into|in|on|at|toward|towards|near|along|across|over|off|inside|onto|within|entered|enters|entering|crossed|crossing|reached|reaching|overflew|border with|frontier with|border of|island of|coast of|waters of|territory of|capital of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const ORIGIN_BEFORE = /\b(?:from|out of|leave|leaving|left)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const TARGET_BEFORE = /\b(?:on|against|targeting|target|to|at|sanction(?:s|ed|ing)?|froze|frozen|blacklisted|boycott(?:s|ed|ing)?(?:\s+of)?|added|barred|with|imports?\s+(?:[\w-]+\s+){0,4}from|cut|cuts|exclud(?:ed|es)|disconnect(?:ed|s)|remov(?:ed|es)|expell?(?:ed|s)|bann?(?:ed|s)|block(?:ed|s)|prohibit(?:ed|s))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
const MEASURE_AFTER = /^\s+(?:[\w-]+\s+){0,2}(?:sanctions?|embargo(?:es)?|boycotts?|bans?)\b/i;
const AGENT_BY = /\bby\s+(?:the\s+)?$/i;
const PRONOUN_SUBJECT = /\b(?:it|they|its|their)\s+(?:\w+\s+){0,2}$/i;
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+|or\s+|-\s*)(?:the\s+)?$/i;

const sameActor = (a: Actor, b: Actor): boolean =>
  a.kind === 'state' && b.kind === 'state' ? a.code === b.code : a.kind !== 'state' && b.kind !== 'state' && a.name === b.name;
const uniqueActors = (actors: readonly Actor[]): Actor[] =>
  actors.filter((a, i) => actors.findIndex((b) => sameActor(a, b)) === i);

/** States named as "the South American country" or "the Opec nation": the best fit named earlier. */
function descriptorHits(ctx: DiscourseContext, from: number, to: number, exclude: readonly Actor[]): ActorHit[] {
  const hits: ActorHit[] = [];
  const slice = ctx.text.slice(from, to);
  DESCRIPTOR.lastIndex = 0;
  for (let m = DESCRIPTOR.exec(slice); m !== null; m = DESCRIPTOR.exec(slice)) {
    const qualifier = m[1] ?? '';
    if (/\b(?:same|other|host|home|whole|entire|united|member|first|second|only|next|last|islamic|free|nation|police|welfare|sovereign|jewish)\b/i.test(qualifier)) continue;
    if (m[2]?.toLowerCase() === 'state' && qualifier.trim() === '') continue;
    const start = from + m.index;
    const counts = new Map<string, number>();
    for (const h of findActors(ctx.text, 0, start)) {
      if (h.actor.kind !== 'state' || exclude.some((e) => sameActor(e, h.actor))) continue;
      if (fitsDescriptor(h.actor.code, qualifier)) counts.set(h.actor.code, (counts.get(h.actor.code) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) hits.push({ actor: { kind: 'state', code: best[0], surface: m[0] }, form: 'name', start, end: start + m[0].length });
  }
  return hits;
}

/** Hits joined to `seed` by commas or "and" ("Canada, France, and the U.K."). */
function withCoordinated(text: string, hits: readonly ActorHit[], seed: ActorHit): ActorHit[] {
  const group = [seed];
  const i = hits.indexOf(seed);
  for (let j = i - 1; j >= 0; j--) {
    const h = hits[j] as ActorHit;
    const next = group[0] as ActorHit;
    if (!COORDINATION.test(text.slice(h.end, next.start))) break;
    group.unshift(h);
  }
  for (let j = i + 1; j < hits.length; j++) {
    const h = hits[j] as ActorHit;
    const prev = group[group.length - 1] as ActorHit;
    if (!COORDINATION.test(text.slice(prev.end, h.start))) break;
    group.push(h);
  }
  return group;
}

/** "Iran sanctions", "the Cuba embargo": a state's name right before the measure is its target. */
const isMeasureTarget = (text: string, h: ActorHit, c: Candidate): boolean =>
  c.rule.category === 'sanctions' &&
  h.form === 'name' &&
  !/^(?:US|U\.S\.|UK|U\.K\.|EU|UN|U\.N\.)$/.test(h.actor.surface) &&
  /^\s+(?:[\w-]+\s+)?(?:sanctions|embargo)/i.test(text.slice(h.end, h.end + 30));

/** Who acts: a force's or measure's own modifier, else the clause subject, else the sentence subject. */
function findAgents(text: string, c: Candidate, allHits: readonly ActorHit[], ctx: DiscourseContext): Actor[] {
  const hits = allHits.filter((h) => !isMeasureTarget(text, h, c));
  const from = clauseStart(text, c.sentence.start, c.trigger.start);
  const isSubject = (h: ActorHit): boolean =>
    !OBLIQUE_BEFORE.test(text.slice(Math.max(c.sentence.start, h.start - 40), h.start));
  const passiveBy = hits.find((h) => h.start >= c.trigger.end && h.start - c.trigger.end < 40 && AGENT_BY.test(text.slice(c.trigger.end, h.start)));
  if (passiveBy) return withCoordinated(text, hits, passiveBy).map((h) => h.actor);
  // A modifier inside the trigger ("Soviet forces had reached", "the US arms embargo").
  // For sanctions only a modifier of the measure itself ("the US arms embargo"); a state after the
  // verb ("froze the assets of six Iranian banks") is the target.
  const modifiesMeasure = (h: ActorHit): boolean =>
    c.rule.category !== 'sanctions' || MEASURE_AFTER.test(text.slice(h.end, c.trigger.end));
  const inner = hits.find(
    (h) => h.start >= c.trigger.start && h.end <= c.trigger.end && isSubject(h) && h.form !== 'name' && modifiesMeasure(h),
  );
  // By where a name ends: "the Bureau of Industry and Security added" straddles the "and" boundary.
  const inClause = hits.filter((h) => h.end > from && h.end <= c.trigger.start && isSubject(h));
  const beforeClause = hits.filter((h) => h.start >= c.sentence.start && h.end <= from && isSubject(h));
  const seed = inner ?? inClause[inClause.length - 1] ?? inClause[0] ?? beforeClause[0];
  const pronoun = PRONOUN_SUBJECT.test(text.slice(from, c.trigger.start));
  if (seed && !(pronoun && seed.end <= from)) return withCoordinated(text, hits, seed).map((h) => h.actor);
  return ctx.previous[c.rule.category]?.agents ?? (seed ? withCoordinated(text, hits, seed).map((h) => h.actor) : []);
}

const TARGET_KINDS: readonly [TargetKind, RegExp][] = [
  ['vessel', /\b(?:vessels?|ships?|tankers?|freighters?|shipping (?:firms?|compan(?:y|ies)))\b/i],
  ['person', /\b(?:officials?|individuals|persons?|people|oligarchs?|president|ministers?|leaders?|generals?|businessm[ae]n|relatives|family members|associates|commanders?|Mr|Mrs|Ms)\b/i],
  ['sector', /\b(?:industry|industries|sector|oil|gas|energy|banking|financial system|arms|weapons|imports?|exports?|trade|goods|products|sales|technology|mining|defen[cs]e|food|pharmaceutical)\b/i],
  ['entity', /\b(?:banks?|compan(?:y|ies)|firms?|corporations?|groups?|organi[sz]ations?|factions?|part(?:y|ies)|federations?|agenc(?:y|ies)|entit(?:y|ies)|airlines?|networks?|movements?|militias?|conglomerates?|exporters?|refiner(?:y|ies)|manufacturers?)\b/i],
];

/** A named entity after the trigger that is not a state: "its development bank, Bandes". */
const NAMED_ENTITY = /(?:^|,\s+|\b(?:bank|company|firm|group|corporation|conglomerate|giant|airline|exporter|producer|entity)\s+)((?:[A-Z][\w&-]*(?:\.[A-Z][\w&-]*)*)(?:\s+(?:[A-Z][\w&-]*(?:\.[A-Z][\w&-]*)*|of|and|&)){0,4})/;

function findPatients(
  text: string,
  c: Candidate,
  hits: readonly ActorHit[],
  agents: readonly Actor[],
  ctx: DiscourseContext,
): { patients: Actor[]; targetKind?: TargetKind } {
  const notAgent = (h: ActorHit): boolean =>
    c.rule.subtype === 'exercise' || !agents.some((a) => sameActor(a, h.actor));
  const after = hits.filter((h) => h.start >= c.trigger.start && notAgent(h));
  const lead = (h: ActorHit): string => text.slice(Math.max(c.trigger.start, h.start - 50), h.start);
  if (c.rule.category === 'military-deployment') {
    const place =
      after.find((h) => DESTINATION_BEFORE.test(lead(h))) ??
      after.find((h) => c.rule.subtype === 'withdrawn' && ORIGIN_BEFORE.test(lead(h)));
    const places = place ? withCoordinated(text, hits, place).map((h) => h.actor) : [];
    return { patients: c.rule.subtype === 'exercise' ? places : places.filter((a) => !agents.some((g) => sameActor(a, g))) };
  }
  const target = after.find((h) => TARGET_BEFORE.test(text.slice(Math.max(c.sentence.start, h.start - 50), h.start)));
  // "Iran sanctions", "the Cuba embargo": a state's name right before the measure is its target.
  const modifier = hits.find((h) => h.end <= c.trigger.end && isMeasureTarget(text, h, c));
  const patients: Actor[] = [];
  const chosen = target ?? modifier;
  if (chosen) patients.push(...withCoordinated(text, hits, chosen).map((h) => h.actor));
  const objectText = text.slice(c.trigger.end, Math.min(c.sentence.end, c.trigger.end + 90)).split(/[;:]|\b(?:in (?:an? )?(?:efforts?|response|retaliation|order)|because|after|over|which|who|for)\b/)[0] ?? '';
  const named = NAMED_ENTITY.exec(objectText)?.[1];
  if (named && findActors(named, 0, named.length).length === 0) {
    const country =
      (chosen?.actor.kind === 'state' ? chosen.actor.code : undefined) ??
      (/\b(?:its|their)\b/i.test(objectText) ? countryOf(ctx.previous.sanctions?.patients) : undefined);
    patients.push(country ? { kind: 'entity', name: named, surface: named, country } : { kind: 'entity', name: named, surface: named });
  }
  const phrase = text.slice(c.trigger.start, c.trigger.end) + objectText;
  const kind = TARGET_KINDS.find(([, r]) => r.test(objectText))?.[0];
  const targetKind = kind ?? c.rule.targetKind ?? (patients.some((p) => p.kind === 'state') ? 'country' : /\b(?:entity|assets)\b/i.test(phrase) ? 'entity' : 'country');
  return { patients: uniqueActors(patients), targetKind };
}

const countryOf = (actors: readonly Actor[] | undefined): string | undefined => {
  for (const a of actors ?? []) {
    if (a.kind === 'state') return a.code;
    if (a.country) return a.country;
  }
  return undefined;
};

/** Agents and patients of a candidate, from its sentence and, for pronouns, the article so far. */
export function resolveActors(text: string, c: Candidate, ctx: DiscourseContext): ResolvedActors {
  const named = findActors(text, c.sentence.start, c.sentence.end);
  const agentsFirst = findAgents(text, c, named, ctx);
  // Joint exercises are often held at home: there the place may be one of the participants.
  const described = descriptorHits(ctx, c.sentence.start, c.sentence.end, c.rule.subtype === 'exercise' ? [] : agentsFirst);
  const hits = [...named, ...described].sort((a, b) => a.start - b.start);
  const agents = uniqueActors(described.length ? findAgents(text, c, hits, ctx) : agentsFirst);
  const { patients, targetKind } = findPatients(text, c, hits, agents, ctx);
  const resolved: ResolvedActors = { agents, patients };
  if (c.rule.category === 'sanctions') resolved.targetKind = targetKind ?? 'country';
  return resolved;
}

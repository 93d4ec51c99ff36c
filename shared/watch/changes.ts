import { actorKeysOf, type Actor, type Category, type Mention, type Modality, type Subtype } from '../article/mention.js';
import { maxSeverity, severityOf, SEVERITY_ORDER } from './severity.js';
import type { Severity } from './watch.js';

/** Evidence kept to show "before" beside "now": one sentence is enough, and it keeps the state item small. */
const EVIDENCE_CHARS = 300;
/** A story naming more targets than this is a list, not news: later names past it are not tracked. */
const MAX_TRACKED_TARGETS = 1_000;

/**
 * How far along a category's ladder a subtype is. Talk, then a threat, then the act; easing and
 * withdrawal are not on the ladder, so they never count as an escalation.
 */
const ESCALATION_RANK: Partial<Record<Subtype, number>> = {
  'called-for': 0,
  threatened: 1,
  imposed: 2,
  extended: 2,
  enforcement: 2,
  exercise: 0,
  mobilised: 1,
  deployed: 2,
  stationed: 2,
};

/** How firmly the text says it happened: asserted over reported over anything conditional. */
const MODALITY_RANK: Partial<Record<Modality, number>> = { reported: 1, asserted: 2 };
const modalityRank = (m: Modality): number => MODALITY_RANK[m] ?? 0;

interface Evidenced<T> {
  value: T;
  evidence: string;
}

/** What a watch has already been told about a story: an update must add to it. */
export interface StoryBaseline {
  /** Targets (sanction targets, deployment destinations) as watches name them: ISO codes, upper-cased names. */
  targets: string[];
  /** The highest rung reached per category. */
  ladder: Partial<Record<Category, Evidenced<Subtype>>>;
  severity: Evidenced<Severity>;
  /** The firmest modality per `category/subtype`. */
  modality: Record<string, Evidenced<Modality>>;
}

/** Something an article adds to a story that the watch cares about, with the new evidence and the old. */
export type MaterialChange = { now: string; before?: string } & (
  | { kind: 'target'; category: Category; target: string }
  | { kind: 'subtype'; category: Category; from?: Subtype; to: Subtype }
  | { kind: 'severity'; from: Severity; to: Severity }
  | { kind: 'modality'; category: Category; subtype: Subtype; from: Modality; to: Modality }
);

const evidenceOf = (m: Mention): string => {
  const text = m.evidence.text.replace(/\s+/g, ' ').trim();
  return text.length <= EVIDENCE_CHARS ? text : `${text.slice(0, EVIDENCE_CHARS - 3).trimEnd()}...`;
};

const describeTarget = (a: Actor): string => (a.kind === 'state' ? a.code : a.country ? `${a.name} (${a.country})` : a.name);

const mostSevere = (mentions: readonly Mention[]): Mention | undefined =>
  [...mentions].sort(
    (a, b) => SEVERITY_ORDER.indexOf(severityOf(b)) - SEVERITY_ORDER.indexOf(severityOf(a)) || b.confidence - a.confidence,
  )[0];

/** Folds the mentions a watch matched into what it has been told. */
export function mergeBaseline(baseline: StoryBaseline | undefined, matched: readonly Mention[]): StoryBaseline {
  const next: StoryBaseline = baseline
    ? structuredClone(baseline)
    : { targets: [], ladder: {}, severity: { value: 'low', evidence: '' }, modality: {} };
  for (const m of matched) {
    for (const key of actorKeysOf(m.patients)) {
      if (!next.targets.includes(key) && next.targets.length < MAX_TRACKED_TARGETS) next.targets.push(key);
    }
    const rank = ESCALATION_RANK[m.subtype];
    const rung = next.ladder[m.category];
    if (rank !== undefined && (!rung || rank > (ESCALATION_RANK[rung.value] ?? -1))) {
      next.ladder[m.category] = { value: m.subtype, evidence: evidenceOf(m) };
    }
    const key = `${m.category}/${m.subtype}`;
    const firmest = next.modality[key];
    if (!firmest || modalityRank(m.modality) > modalityRank(firmest.value)) {
      next.modality[key] = { value: m.modality, evidence: evidenceOf(m) };
    }
  }
  const top = mostSevere(matched);
  const severity = maxSeverity(matched);
  if (top && (next.severity.evidence === '' || SEVERITY_ORDER.indexOf(severity) > SEVERITY_ORDER.indexOf(next.severity.value))) {
    next.severity = { value: severity, evidence: evidenceOf(top) };
  }
  return next;
}

/**
 * What the matched mentions of a later article (or a revised page) add to a story the watch was
 * alerted on: a new target, a rung up the category's ladder (threatened → imposed), a higher
 * severity, or a firmer modality for the same event (reported → asserted). Empty for a copy.
 */
export function materialChanges(baseline: StoryBaseline, matched: readonly Mention[]): MaterialChange[] {
  const targets = new Map<string, MaterialChange>();
  const rungs = new Map<Category, MaterialChange & { kind: 'subtype' }>();
  const firmer = new Map<string, MaterialChange & { kind: 'modality' }>();
  for (const m of matched) {
    for (const patient of m.patients) {
      const fresh = actorKeysOf([patient]).filter((key) => !baseline.targets.includes(key));
      const key = fresh[0];
      if (key !== undefined && !targets.has(key)) {
        targets.set(key, { kind: 'target', category: m.category, target: describeTarget(patient), now: evidenceOf(m), before: baseline.severity.evidence });
      }
    }
    const rank = ESCALATION_RANK[m.subtype];
    const rung = baseline.ladder[m.category];
    const seen = rungs.get(m.category);
    if (rank !== undefined && rank > (rung ? (ESCALATION_RANK[rung.value] ?? -1) : -1) && (!seen || rank > (ESCALATION_RANK[seen.to] ?? -1))) {
      rungs.set(m.category, { kind: 'subtype', category: m.category, from: rung?.value, to: m.subtype, now: evidenceOf(m), before: rung?.evidence });
    }
    const modalityKey = `${m.category}/${m.subtype}`;
    const held = baseline.modality[modalityKey];
    const candidate = firmer.get(modalityKey);
    if (held && modalityRank(m.modality) > modalityRank(held.value) && (!candidate || modalityRank(m.modality) > modalityRank(candidate.to))) {
      firmer.set(modalityKey, {
        kind: 'modality',
        category: m.category,
        subtype: m.subtype,
        from: held.value,
        to: m.modality,
        now: evidenceOf(m),
        before: held.evidence,
      });
    }
  }
  const severity = maxSeverity(matched);
  const top = mostSevere(matched);
  const severityChange: MaterialChange[] =
    top && SEVERITY_ORDER.indexOf(severity) > SEVERITY_ORDER.indexOf(baseline.severity.value)
      ? [{ kind: 'severity', from: baseline.severity.value, to: severity, now: evidenceOf(top), before: baseline.severity.evidence }]
      : [];
  return [...targets.values(), ...rungs.values(), ...severityChange, ...firmer.values()];
}

/** One line a subscriber reads: "New target: IR", "Escalated: sanctions threatened -> imposed". */
export function describeChange(change: MaterialChange): string {
  switch (change.kind) {
    case 'target':
      return `${change.category === 'sanctions' ? 'New target' : 'New destination'}: ${change.target}`;
    case 'subtype':
      return change.from ? `Escalated: ${change.category} ${change.from} -> ${change.to}` : `Now also: ${change.category} ${change.to}`;
    case 'severity':
      return `Severity: ${change.from} -> ${change.to}`;
    case 'modality':
      return `Firmer: ${change.subtype} ${change.from} -> ${change.to}`;
  }
}

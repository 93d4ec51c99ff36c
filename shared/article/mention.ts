/** The two event families Tocsin tags. */
export type Category = 'sanctions' | 'military-deployment';
export const CATEGORIES: readonly Category[] = ['sanctions', 'military-deployment'];

export const SANCTIONS_SUBTYPES = ['imposed', 'threatened', 'eased', 'extended', 'called-for', 'enforcement'] as const;
export type SanctionsSubtype = (typeof SANCTIONS_SUBTYPES)[number];

export const DEPLOYMENT_SUBTYPES = ['deployed', 'stationed', 'mobilised', 'exercise', 'withdrawn', 'demobilised'] as const;
export type DeploymentSubtype = (typeof DEPLOYMENT_SUBTYPES)[number];

export type Subtype = SanctionsSubtype | DeploymentSubtype;

/** What kind of thing a sanction targets. */
export type TargetKind = 'country' | 'sector' | 'entity' | 'person' | 'vessel';

/**
 * Whether the text says the event happened. Alerts use `asserted` and `reported` by default;
 * a watch may opt in to the others.
 */
export type Modality =
  | 'asserted'
  | 'negated'
  | 'hypothetical'
  | 'planned'
  | 'threatened'
  | 'reported'
  | 'historical';

export const DEFAULT_ALERT_MODALITIES: readonly Modality[] = ['asserted', 'reported'];

/** A named party's entry on a sanctions list, found by entity linking (shared/entity-linking). */
export interface SanctionsLink {
  /** The list, e.g. "us-ofac-sdn". */
  list: string;
  /** The list's entry number, e.g. "26587". */
  id: string;
  /** The entry's primary name as the list publishes it. */
  name: string;
  programs: string[];
  /** 0..1; only links at or above the linker's threshold are reported. */
  score: number;
  /** The name or alias of the entry that matched, as the list publishes it ("BANDES"). */
  alias: string;
}

/** A state (ISO 3166-1 alpha-2 `code`) or a named body that keeps its name. */
export type Actor =
  | { kind: 'state'; code: string; surface: string }
  | { kind: 'organisation' | 'entity'; name: string; surface: string; country?: string; sanctions?: SanctionsLink[] };

/** A span of the original text: UTF-16 indices, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Mention {
  category: Category;
  subtype: Subtype;
  modality: Modality;
  /** Who imposes or deploys. */
  agents: Actor[];
  /** On whom a sanction falls, or where forces go. */
  patients: Actor[];
  /** Sanctions only: what kind of target. */
  targetKind?: TargetKind;
  trigger: Span;
  evidence: Span;
  ruleId: string;
  /** Estimated probability, 0..1, that a human analyst would accept the mention; see docs/taxonomy.md. */
  confidence: number;
}

/** How a watch may name an actor: a state's ISO code, an organisation's name, an entity's country. */
export const actorKeysOf = (actors: readonly Actor[]): string[] => [
  ...new Set(
    actors.flatMap((a) =>
      a.kind === 'state' ? [a.code] : [a.name.toUpperCase(), ...(a.country ? [a.country] : [])],
    ),
  ),
];

/** Country codes an actor list names, deduplicated, in order of appearance. */
export const countriesOf = (actors: readonly Actor[]): string[] => [
  ...new Set(
    actors.flatMap((a) => (a.kind === 'state' ? [a.code] : a.country ? [a.country] : [])),
  ),
];

/**
 * How a watch's `entities` may name a named party: its name, and for each sanctions link the list
 * ("US-OFAC-SDN"), the entry ("US-OFAC-SDN:26587"), the entry's name and matched alias, and its
 * programs ("VENEZUELA-EO13850"); upper case, deduplicated.
 */
export const entityKeysOf = (actors: readonly Actor[]): string[] => [
  ...new Set(
    actors.flatMap((a) =>
      a.kind === 'state'
        ? []
        : [a.name, ...(a.sanctions ?? []).flatMap((l) => [l.list, `${l.list}:${l.id}`, l.name, l.alias, ...l.programs])].map((k) => k.toUpperCase()),
    ),
  ),
];

/** The two event families Tocsin tags. */
export type Category = 'sanctions' | 'military-deployment';
export const CATEGORIES: readonly Category[] = ['sanctions', 'military-deployment'];

export type SanctionsSubtype =
  | 'imposed'
  | 'threatened'
  | 'eased'
  | 'extended'
  | 'called-for'
  | 'enforcement';

export type DeploymentSubtype =
  | 'deployed'
  | 'stationed'
  | 'mobilised'
  | 'exercise'
  | 'withdrawn'
  | 'demobilised';

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

/** A state (ISO 3166-1 alpha-2 `code`) or a named body that keeps its name. */
export type Actor =
  | { kind: 'state'; code: string; surface: string }
  | { kind: 'organisation' | 'entity'; name: string; surface: string; country?: string };

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

/** Country codes an actor list names, deduplicated, in order of appearance. */
export const countriesOf = (actors: readonly Actor[]): string[] => [
  ...new Set(
    actors.flatMap((a) => (a.kind === 'state' ? [a.code] : a.country ? [a.country] : [])),
  ),
];

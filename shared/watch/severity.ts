import type { Mention } from '../article/mention.js';
import type { Severity } from './watch.js';

export const SEVERITY_ORDER: readonly Severity[] = ['low', 'medium', 'high'];

/** Subtypes that change facts on the ground, as opposed to talk about them. */
const ACTION_SUBTYPES = new Set(['imposed', 'extended', 'enforcement', 'deployed', 'stationed', 'mobilised']);

/**
 * How urgently an analyst wants to hear of a mention: `high` for a confident, asserted action
 * (sanctions imposed, troops deployed), `medium` for other confident or reported mentions, `low` for the rest.
 */
export function severityOf(mention: Mention): Severity {
  if (mention.modality === 'asserted' && ACTION_SUBTYPES.has(mention.subtype) && mention.confidence >= 0.75) {
    return 'high';
  }
  if ((mention.modality === 'asserted' || mention.modality === 'reported') && mention.confidence >= 0.6) {
    return 'medium';
  }
  return 'low';
}

/** The most severe of several mentions. */
export const maxSeverity = (mentions: readonly Mention[]): Severity =>
  mentions.reduce<Severity>(
    (worst, m) => (SEVERITY_ORDER.indexOf(severityOf(m)) > SEVERITY_ORDER.indexOf(worst) ? severityOf(m) : worst),
    'low',
  );

/** Severities at or above a minimum, e.g. for an SNS filter policy. */
export const severitiesFrom = (min: Severity): Severity[] => SEVERITY_ORDER.slice(SEVERITY_ORDER.indexOf(min));

import type { Category, Mention, Modality } from '../article/mention.js';
import { DEFAULT_ALERT_MODALITIES } from '../article/mention.js';
import { resolveActors, type DiscourseContext } from './actors.js';
import { confidenceOf } from './confidence.js';
import { detect } from './detect.js';
import { applyExclusions } from './exclusions.js';
import { readModality, type ModalityContext } from './modality.js';
import { normalise } from './normalise.js';
import { oneMentionPerEvent, resolveOverlaps } from './overlaps.js';

/** Confidence threshold below which a mention is not stored/alerted. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * All mentions in a text, any modality, spans are UTF-16 offsets into `text` (end exclusive).
 * Give the article's publication year, when known, so events it dates to earlier years read as
 * `historical` background rather than news.
 * Pipeline: normalise → detect → refine (exclusions, overlaps, modality) → resolve actors.
 *
 * @example
 * tagText('The EU imposed sanctions on Belarus.')
 * // [{ category: 'sanctions', subtype: 'imposed', agents: [{ kind: 'organisation', name: 'EU', ... }], ... }]
 */
export function tagText(text: string, context: ModalityContext = {}): Mention[] {
  const detected = detect(text);
  if (detected.length === 0) return [];
  const norm = normalise(text);
  const candidates = resolveOverlaps(applyExclusions(norm, detected));
  const ctx: DiscourseContext = { text: norm, previous: {} };
  const mentions: Mention[] = [];
  for (const c of candidates) {
    const actors = resolveActors(norm, c, ctx);
    if (c.rule.requiresPatient && actors.patients.length === 0) continue;
    if (c.rule.requiresAgent && actors.agents.length === 0) continue;
    const { modality, subtype } = readModality(norm, c, context);
    const category: Category = c.rule.category;
    if (actors.agents.length > 0 || actors.patients.length > 0) ctx.previous[category] = actors;
    const mention: Mention = {
      category,
      subtype,
      modality,
      agents: actors.agents,
      patients: actors.patients,
      trigger: { start: c.trigger.start, end: c.trigger.end, text: text.slice(c.trigger.start, c.trigger.end) },
      evidence: { start: c.sentence.start, end: c.sentence.end, text: text.slice(c.sentence.start, c.sentence.end) },
      ruleId: c.rule.id,
      confidence: confidenceOf(c, actors),
    };
    if (actors.targetKind) mention.targetKind = actors.targetKind;
    mentions.push(mention);
  }
  return oneMentionPerEvent(mentions, (m) => DEFAULT_ALERT_MODALITIES.includes(m.modality));
}

/** The default rule: modality in DEFAULT_ALERT_MODALITIES (asserted, reported) and confidence >= threshold. */
export function isAlertable(
  m: Mention,
  opts: { modalities?: readonly Modality[]; minConfidence?: number } = {},
): boolean {
  const modalities = opts.modalities ?? DEFAULT_ALERT_MODALITIES;
  return modalities.includes(m.modality) && m.confidence >= (opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE);
}

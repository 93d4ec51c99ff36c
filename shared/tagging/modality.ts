import type { Modality, Subtype } from '../article/mention.js';
import { clauseStart } from './clause.js';
import type { Candidate } from './detect.js';
import { ATTRIBUTION, CONDITION, DEONTIC, GOVERNING_DENIAL, MODALITY_CUES, PAST_ERA, PAST_YEAR, TRIGGER_MODALS } from './lexicon/modality-cues.js';

const CUES = MODALITY_CUES.map((c) => ({ ...c, regex: new RegExp(c.pattern, 'i') }));
const IN_TRIGGER = TRIGGER_MODALS.map((c) => ({ ...c, regex: new RegExp(c.pattern, 'i') }));
const ATTRIBUTED = new RegExp(ATTRIBUTION, 'i');
const DEONTIC_CUE = new RegExp(DEONTIC, 'i');
const CONDITIONAL = new RegExp(CONDITION, 'i');
const DENIED = new RegExp(GOVERNING_DENIAL, 'i');
const PAST = new RegExp(PAST_ERA, 'i');

export interface ModalityContext {
  /** The year the article was published, when known: an event dated in an earlier year is background. */
  year?: number;
}

const DATED_YEAR = new RegExp(PAST_YEAR, 'gi');

/** Whether the sentence dates its event to a year before the article's ("the embargo imposed in 2017"). */
function datedBefore(sentence: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  for (const m of sentence.matchAll(DATED_YEAR)) if (Number(m[1]) < year) return true;
  return false;
}

export interface ModalityReading {
  modality: Modality;
  /** Sanctions only: a threat or call is itself the event, so it changes the subtype instead. */
  subtype: Subtype;
}

/**
 * Whether the text says the event happened, from cues in the trigger's clause before it and
 * modal words inside the trigger. For sanctions a threat, a call or a conditional measure is
 * itself a sanctions event (CAMEO 1312, 0254...), so it becomes the subtype and stays asserted.
 */
export function readModality(text: string, c: Candidate, context: ModalityContext = {}): ModalityReading {
  const from = clauseStart(text, c.sentence.start, c.trigger.start);
  const before = text.slice(from, c.trigger.start);
  const trigger = text.slice(c.trigger.start, c.trigger.end);
  const sentence = text.slice(c.sentence.start, c.sentence.end);
  const deniedFromOutside = DENIED.test(text.slice(c.sentence.start, from));
  const cue = CUES.find((q) => q.regex.test(before)) ?? IN_TRIGGER.find((q) => q.regex.test(trigger));
  let modality: Modality = deniedFromOutside
    ? 'negated'
    : (cue?.modality ??
      (PAST.test(sentence) || datedBefore(sentence, context.year) ? 'historical' : ATTRIBUTED.test(sentence) ? 'reported' : 'asserted'));
  let subtype = c.rule.subtype;
  if (c.rule.category === 'sanctions') {
    if (modality === 'threatened' || subtype === 'threatened') {
      subtype = 'threatened';
      modality = 'asserted';
    } else if (subtype === 'imposed' && (modality === 'hypothetical' || modality === 'planned') && CONDITIONAL.test(sentence)) {
      subtype = 'threatened';
      modality = 'asserted';
    } else if (DEONTIC_CUE.test(before) || subtype === 'called-for') {
      subtype = 'called-for';
      modality = 'asserted';
    }
    if (modality === 'asserted' && ATTRIBUTED.test(sentence)) modality = 'reported';
  }
  return { modality, subtype };
}

import type { Modality } from '../../article/mention.js';

/** A word or phrase that changes whether the event in its clause happened. */
export interface ModalityCue {
  id: string;
  modality: Exclude<Modality, 'asserted' | 'reported'>;
  /** Regex source, case-insensitive. */
  pattern: string;
}

/**
 * Cues, strongest first: the first cue found in the trigger's clause decides. Decisions
 * ("ordered", "agreed to", "authorized") are not cues: a decided deployment is asserted.
 */
export const MODALITY_CUES: readonly ModalityCue[] = [
  {
    id: 'negation',
    modality: 'negated',
    pattern: String.raw`\b(?:not|never|no longer|neither|nor|without|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|denied|denies|deny|ruled out|rules out|failed to|has yet to|have yet to|halted plans|called off|cancel(?:l?ed|s)?|no)\b|n't\b`,
  },
  {
    id: 'threat',
    modality: 'threatened',
    pattern: String.raw`\b(?:threat(?:en|ens|ened|ening)?|warn(?:s|ed|ing)?|vow(?:s|ed|ing)? to|ultimatum)\b`,
  },
  {
    id: 'irrealis',
    modality: 'hypothetical',
    pattern: String.raw`\b(?:would|could|might|if|unless|whether|possibl[ey]|possibility|potential(?:ly)?|consider(?:s|ed|ing)?|contemplat\w*|weigh(?:s|ed|ing)|mull\w*|options?|propos(?:e|es|ed|ing|al|als)|suggest\w*|negotiat\w*|talks|offer(?:s|ed|ing)?|willing|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|asked|appeal(?:s|ed|ing)?|debat\w*|discuss\w*|explor\w*|should|must|ought to|need to|hop(?:e|es|ed|ing)|want(?:s|ed)?|wish(?:es|ed)?|seek(?:s|ing)?|sought|called for|calling for)\b|(?<!\ba\s)\bcalls? for\b|\bmay\b(?!\s+\d)(?<!\b(?:in|on|since|until|by|from|early|late|mid|of|last|next|this|and)\s+may)`,
  },
  {
    id: 'future',
    modality: 'planned',
    pattern: String.raw`\b(?:will|shall|going to|plans?|planned|planning|intend(?:s|ed)?|intention|prepar(?:e|es|ed|ing) to|ready to|set to|expected to|due to|scheduled|(?:is|are) to|aims? to|pledg(?:e|es|ed) to|promis(?:e|es|ed) to|announced plans)\b|'ll\b`,
  },
  {
    id: 'past-background',
    modality: 'historical',
    pattern: String.raw`\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a few)\s+(?:years|decades)\s+ago|used to|formerly|during the (?:cold war|second world war|first world war))\b`,
  },
];

/**
 * A denial governing the clause from outside it: "the ministry denied that it had deployed troops",
 * "officials dismissed reports that sanctions were imposed". The clause splitter starts the clause
 * at "that", so the denial is read on the words just before it.
 */
export const GOVERNING_DENIAL = String.raw`\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:es|ed|ing)?|disput(?:es|ed|ing)?)\b(?:\s+(?:the\s+)?(?:reports?|claims?|allegations?|suggestions?|accusations?|rumou?rs?))?\s*$`;

/**
 * An era long past anywhere in the sentence makes it background ("He served with the RAF during World
 * War II, flying fighter planes to the Middle East"), even when a comma puts the era outside the clause.
 */
export const PAST_ERA = String.raw`\b(?:during|in|after|before|since)\s+(?:the\s+)?(?:cold war|second world war|first world war|great war|world war\s+(?:i{1,2}|one|two|[12])|ww(?:i{1,2}|[12])|korean war|vietnam war|napoleonic wars?|soviet era|colonial era)\b`;

/** A past year the event is dated to: "imposed in 2017", "back in 1998" ("since 2014" is ongoing, so not here). */
export const PAST_YEAR = String.raw`\b(?:in|back in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:january\s+|february\s+|march\s+|april\s+|may\s+|june\s+|july\s+|august\s+|september\s+|october\s+|november\s+|december\s+)?((?:19|20)\d\d)\b`;

/** Attribution anywhere in the sentence makes an otherwise plain statement `reported`. */
export const ATTRIBUTION = String.raw`\b(?:said|says|say|saying|told|reported(?:ly)?|reports?|according to|claim(?:s|ed)?|alleg\w*|announced|stated|statement|quoted|citing|sources)\b`;

/** Modal words inside the trigger itself ("troops will be sent", "sanctions would be lifted"). */
export const TRIGGER_MODALS: readonly { modality: ModalityCue['modality']; pattern: string }[] = [
  { modality: 'negated', pattern: String.raw`\b(?:not|never)\b|n't\b` },
  { modality: 'hypothetical', pattern: String.raw`\b(?:would|could|might|may)\b` },
  // Subjunctive after a demand: "demanded that British troops be withdrawn".
  { modality: 'hypothetical', pattern: String.raw`(?<!\b(?:to|will|would|could|may|might|must|should|can|shall|not|cannot)\s)\bbe\s+\w+(?:ed|en|wn|nt)\b` },
  { modality: 'planned', pattern: String.raw`\b(?:will|shall)\b|\bto be \w+(?:ed|en|wn|nt)\b` },
];

/** Calls and obligations: for sanctions, the call itself is the event (subtype `called-for`). */
export const DEONTIC = String.raw`\b(?:should|must|ought to|need to|needs to|calls? for|called for|urg(?:e|es|ed|ing))\b`;

/** A condition on the target's conduct turns a possible measure into a threat ("if they fail to"). */
export const CONDITION = String.raw`\b(?:if|unless|until|or face)\b`;

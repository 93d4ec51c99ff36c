import { auxGap, CIVIL_AIR, COMBAT_CONTEXT, FORCE, MILITARY_AIRCRAFT, NON_MILITARY_FORCE, words } from './fragments.js';
import type { LexiconRule } from './types.js';

/** Auxiliaries between an aircraft or ship and its verb: "had been", "were reportedly". */
const AUX = String.raw`(?:(?:were|was|had|have|has|been|are|is|also|then|reportedly|repeatedly|again|still|began|started|continued|to)\s+){0,3}`;

/**
 * Where an overflight goes. "Over" must be followed by a place, not a quantity or a time
 * ("flew over 200 sorties", "over the weekend").
 */
const OVER_PLACE = String.raw`(?:(?:low\s+)?over|above|across|into the airspace of|through the airspace of)\s+(?!(?:[\d,]+|a|an|one|two|three|several|many|more than|nearly|almost|about|around|the (?:weekend|past|next|last|years?|months?|weeks?|days?|course|summer|winter|holidays?|christmas))\b)`;

/** Ships standing or moving somewhere at sea, as news reports naval deployments. */
const NAVAL_STATION = words(
  'anchored', 'moored', 'cruising', 'loitering', 'stationed', 'lying', 'lay', 'sat', 'sitting', 'steaming', 'operating', 'on station',
);

/**
 * Air and sea postures that need no "deploy" or "send": aircraft flying over a place, air cover,
 * patrols, ships lying off a coast. These are the deployments crisis narratives report as shows of force.
 */
export const AIR_SEA_RULES: readonly LexiconRule[] = [
  {
    id: 'deployment.overflight',
    // The verb, not the aircraft: every match flies, circles or buzzes.
    keywords: ['fl(?:y|ies|ew|ying|own)\\b', 'circl', 'buzz', 'overfl'],
    category: 'military-deployment',
    subtype: 'deployed',
    patterns: [
      String.raw`${MILITARY_AIRCRAFT}${auxGap(2)}${AUX}(?:fl(?:y|ies|ew|ying|own)|circl(?:e|es|ed|ing)|buzz(?:es|ed|ing)?)\s+${OVER_PLACE}`,
      String.raw`${MILITARY_AIRCRAFT}${auxGap(2)}${AUX}overfl(?:y|ies|ew|ying|own)\b`,
      String.raw`\boverflights?\s+(?:by|of)\s+(?:\S+\s+){0,2}${MILITARY_AIRCRAFT}`,
    ],
    exclude: [CIVIL_AIR, COMBAT_CONTEXT],
    // Bare "aircraft", "planes", "drones" are military only when a state flies them: "Turkish aircraft".
    requiresAgent: true,
    prior: 0.8,
    examples: ['Turkish aircraft flew over Nicosia', 'Russian bombers overflew the Norwegian coast', 'Chinese fighter jets flew low over the islands'],
  },
  {
    id: 'deployment.air-cover',
    keywords: ['air cover', 'air umbrella', 'combat air patrol', 'air patrol'],
    category: 'military-deployment',
    subtype: 'deployed',
    patterns: [
      String.raw`\b(?:air cover|air umbrella|combat air patrols?|air patrols?)\s+(?:over|above|for|to|along|near|in)\b`,
      String.raw`\b(?:provid(?:e|es|ed|ing)|gave|giv(?:e|es|ing)|extend(?:s|ed|ing)?|fl(?:y|ies|ew|ying)|mount(?:s|ed|ing)?|offer(?:s|ed|ing)?)\s+(?:(?:its|their|an?|the)\s+)?(?:air cover|air umbrella|combat air patrols?|air patrols?)\b`,
    ],
    exclude: [String.raw`\b(?:police|coast ?guard|border patrol|forest|fire|traffic|wildlife)\b`, COMBAT_CONTEXT],
    prior: 0.75,
    examples: ['The Soviet Union provided air cover over the capital', 'NATO jets flew combat air patrols over the Baltic states'],
  },
  {
    id: 'deployment.patrol',
    keywords: ['patrol', 'freedom[\\s-]of[\\s-]navigation'],
    category: 'military-deployment',
    subtype: 'deployed',
    patterns: [
      String.raw`${FORCE}${auxGap(2)}${AUX}(?:began\s+|begun\s+|started\s+)?patroll?(?:s|ed|ing)?\s+(?:in|off|near|along|around|through|inside|across|the)\b`,
      String.raw`\b(?:naval|navy|military|air|maritime|warship|joint|army)\s+patrols?\s+(?:in|off|near|along|around|through|into|across|over)\b`,
      String.raw`\bfreedom[\s-]of[\s-]navigation\s+(?:operations?|patrols?|transits?|missions?|voyages?|sail(?:ing)?s?)\b`,
    ],
    exclude: [COMBAT_CONTEXT, String.raw`\b(?:police|coast ?guard|border patrol|fishing|fisheries|anti-?piracy|pirates?)\b`],
    excludeInTrigger: [NON_MILITARY_FORCE],
    prior: 0.8,
    examples: ['Chinese warships were patrolling off the coast', 'a US destroyer carried out a freedom of navigation operation', 'naval patrols in the strait were stepped up'],
  },
  {
    id: 'deployment.offshore',
    keywords: ['anchored', 'moored', 'cruising', 'loitering', 'stationed', 'lying', 'lay\\b', 'sat\\b', 'sitting', 'steaming', 'operating', 'on station'],
    category: 'military-deployment',
    subtype: 'stationed',
    patterns: [String.raw`${FORCE}${auxGap(2)}${AUX}${NAVAL_STATION}\s+(?:just\s+|close\s+)?(?:off|outside|offshore|in the waters)\b`],
    exclude: [COMBAT_CONTEXT],
    excludeInTrigger: [NON_MILITARY_FORCE],
    prior: 0.8,
    examples: ['Two American warships were anchored off the coast', 'a Russian submarine was operating off the island'],
  },
];

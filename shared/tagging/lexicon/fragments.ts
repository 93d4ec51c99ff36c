/**
 * Regex fragments shared by the lexicons. Sources, not RegExp objects, so rules can be composed
 * and compiled once into a single alternation. No capturing groups anywhere.
 */

/** Words that end a verb-object gap: past them the noun belongs to another phrase. */
const GAP_STOP = "(?:to|into|against|at|on|for|with|by|from|toward|towards|that|which|who|but|after|before|while|when|as|of|across|through|between|among)";

/** Up to `n` intervening words (any tokens but the stop words), then whitespace. */
export const gap = (n: number): string => `(?:\\s+(?!${GAP_STOP}\\b)[^\\s;:]+){0,${n}}?\\s+`;

/** Like `gap`, but "to" may intervene: "reinforcements were reported to be assembling". */
const AUX_STOP = GAP_STOP.replace('to|into', 'into');
export const auxGap = (n: number): string => `,?(?:\\s+(?!${AUX_STOP}\\b)[^\\s;:]+){0,${n}}?\\s+`;

/** Up to `n` intervening words, stop words allowed ("the withdrawal of all U.S. troops"). */
export const looseGap = (n: number): string => `(?:\\s+[^\\s;:]+){0,${n}}?\\s+`;

/** Alternation of word forms, each with word boundaries. */
export const words = (...forms: string[]): string => `\\b(?:${forms.join('|')})\\b`;

/**
 * Military forces and assets. "Forces" alone counts; police, security and market forces are
 * excluded by the deployment rules' exclusions, because police at polling stations are not a
 * military deployment.
 */
export const FORCE = words(
  'troops?', 'soldiers', 'servicem[ae]n', 'servicewomen', 'paratroop(?:er)?s', 'marines', 'commandos', 'infantry(?:men)?',
  'special forces', 'ground forces', 'armed forces', 'forces', 'force of [\\d,]+', 'brigades?', 'battalions?', 'regiments?',
  '(?:armou?red|infantry|airborne|mechani[sz]ed|tank|army|marine) divisions?', 'divisions of troops',
  'peace-?keepers', 'peace-?keeping (?:force|troops|contingent|mission|operation)s?', 'reservists', '(?:military |army )?reserves',
  '(?:military |naval |army |troop )?reinforcements', 'warships?', 'war-?planes?', 'gunboats?', 'destroyers?', 'frigates?', 'corvettes?',
  'submarines?', 'aircraft carriers?', 'carrier (?:strike )?groups?', '(?:naval )?task force', 'flotillas?',
  '(?:naval|navy|war|battle|sixth|seventh|fifth|third|second|first|pacific|atlantic|mediterranean|black sea|baltic|northern|russian|soviet|american|us|u\\.s\\.|chinese|british|royal) fleets?',
  '(?:naval|navy|military|war) (?:vessels|ships|patrols?|units?|squadrons?)', 'patrol (?:boats?|ships?|vessels?)', 'naval forces',
  'bombers?', 'fighter (?:jets?|planes?|aircraft)', 'fighters', 'jets', 'helicopters?', 'gunships?',
  '(?:military|transport|cargo|combat|attack|spy|surveillance|reconnaissance) (?:aircraft|planes?|jets?|drones?)',
  'tanks', '(?:armou?red|combat|army|military|naval|marine|commando|special) (?:units?|vehicles|columns?|personnel|contingents?)',
  'artillery', 'missiles?', 'missile (?:systems?|batteries|launchers|shield)', 'missile (?:defen[cs]e|protection) systems?', 'air defen[cs]e systems?',
  'military (?:equipment|hardware|personnel|advis[eo]rs|instructors|police|observers|trainers)', 'contingents?',
  'expeditionary force', 'army', 'armies', 'navy', 'the military', 'national guard(?:smen)?', 'garrisons?',
  'boots on the ground', 'combat troops', 'squadrons?', 'tank columns?', '(?:military|army|troop) convoys?',
  // Named warships: "USS Nimitz", "HMS Ocean".
  '(?:uss|hms|hmas|hmcs) [a-z][\\w\'-]+',
);

/** Word starts of which every `FORCE` match contains one: the anchors of force-based rules. */
export const FORCE_HEADS: readonly string[] = [
  'troop', 'soldier', 'servicem', 'servicewomen', 'paratroop', 'marine', 'commando', 'infantry', 'forces', 'force of \\d',
  'task force', 'expeditionary force', 'brigade', 'battalion', 'regiment', 'peace-?keep', 'reservist', 'reserves',
  'reinforcement', 'warship', 'war-?plane', 'gunboat', 'destroyer', 'frigate', 'corvette', 'submarine', 'aircraft carrier',
  'carrier (?:strike )?group', 'fleet', 'flotilla', 'naval', 'navy', 'military', 'war (?:vessels|ships|patrols?|units?|squadrons?)',
  'patrol (?:boat|ship|vessel)', 'bomber', 'fighter', 'jets\\b', 'helicopter', 'gunship', 'tanks\\b', 'armou?red', 'army', 'armies',
  '(?:transport|cargo|combat|attack|spy|surveillance|reconnaissance) (?:aircraft|planes?|jets?|drones?)',
  '(?:combat|special) (?:units?|vehicles|columns?|personnel|contingents?)', 'airborne division', 'mechani[sz]ed division', 'tank division',
  'artillery', 'missile', 'air defen', 'contingent', 'national guard', 'garrison', 'boots on', 'squadron', 'tank column',
  'convoy', 'uss ', 'hms ', 'hmas ', 'hmcs ',
]

/** Non-military bodies that look like forces in a deployment sentence. */
export const NON_MILITARY_FORCE = words(
  '(?:security|police|market|labou?r|work|opposition|political|driving|air-?line|sales|rescue|civil defen[cs]e) forces?',
  'police(?:men|women)?', 'riot police', 'gendarm(?:es|erie)', 'join(?:ed|s|ing)? forces', 'election observers',
  'think[- ]tanks?', '(?:fuel|oil|water|gas|storage|septic|fish) tanks?', 'tanks? of',
  '(?:scout|girl guide|brownie|cub) troops?', 'troops? of (?:scouts|girl guides|brownies|cubs)',
  '(?:boeing|airbus|jumbo|passenger|private|business|executive|commercial|corporate|charter|airline|budget) jets?',
);

/**
 * Military aircraft by kind, or any aircraft or drones with a state's adjective in front ("Turkish
 * aircraft"): rules using the bare nouns must require an agent and exclude `CIVIL_AIR`.
 */
export const MILITARY_AIRCRAFT = words(
  'war-?planes?', 'bombers?', 'fighter (?:jets?|planes?|aircraft|bombers?)', 'fighter-bombers?', 'fighters', 'jets',
  '(?:military|air force|navy|naval|combat|attack|spy|surveillance|reconnaissance|enemy) (?:aircraft|planes?|jets?|drones?|helicopters?)',
  'helicopters?', 'gunships?', 'drones', 'aircraft', 'planes', 'squadrons?',
);

/** Aircraft that are not military, and flights that are ceremony or sport rather than force. */
export const CIVIL_AIR = words(
  'air-?lines?', 'airways', 'airliners?', 'passengers?', 'commercial', 'civil(?:ian)?', 'private', 'charter(?:ed)?', 'light aircraft',
  'crop', 'aerobatic', 'red arrows', 'fly-?past', 'air ?shows?', 'display', 'ceremon(?:y|ies|ial)', 'parade', 'funeral',
  'anniversary', 'celebrat\\w*', 'jubilee', 'tribute', 'memorial', 'stunt', 'model', 'toy', 'budget', 'cargo', 'freight',
  'aid', 'relief', 'rescue', 'medical', 'air ambulance', 'fire-?fighting', 'water-?bombing', 'weather', 'hurricane hunters?',
);

/** Nearby words showing that forces were attacked or fought: the sentence reports force used, not a deployment. */
export const COMBAT_CONTEXT = words(
  'killed', 'killing', 'wounded', 'injured', 'ambush(?:ed)?', 'attacked', 'attacking', 'shot down', 'shot dead', 'bombed',
  'bombing', 'strafed', 'blown up', 'kidnapped', 'abducted', 'clash(?:ed|es)', 'casualties', 'fired (?:on|at|upon)', 'open(?:ed)? fire',
  'struck', 'raided', 'crash(?:ed|es)?',
);

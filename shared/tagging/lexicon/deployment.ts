import { auxGap, COMBAT_CONTEXT, FORCE, FORCE_HEADS, gap, looseGap, NON_MILITARY_FORCE, words } from './fragments.js';
import type { LexiconRule } from './types.js';

/** Verbs that move forces somewhere, as news uses them: active "sent troops", passive "troops were sent". */
const SEND_ACTIVE = words(
  'sen[dt]s?', 'sending', 'dispatch(?:es|ed|ing)?', 'despatch(?:es|ed|ing)?', 'airlift(?:s|ed|ing)?', 'fl(?:y|ies|ew|ying)',
  'rush(?:es|ed|ing)?', 'mov(?:e|es|ed|ing)', 'deliver(?:s|ed|ing)?', 'insert(?:s|ed|ing)?', 'transferr?(?:s|ed|ing)?',
  // No bare -s forms of verbs that are also nouns ("military positions and air defense systems").
  'pour(?:s|ed|ing)?', 'land(?:ed|ing)?', 'drop(?:ped|ping)?', 'position(?:ed|ing)', 'concentrat(?:e|es|ed|ing)',
  'mass(?:ed|ing)', 'amass(?:es|ed|ing)?', 'commit(?:s|ted|ting)?', 'post(?:ed|ing)', 'surg(?:ed|ing)',
  'ship(?:ped|ping)', 'gather(?:s|ed|ing)?', 'brought in', 'bring(?:s|ing)? in', 'redirect(?:s|ed|ing)?', 'divert(?:s|ed|ing)?',
);
const SENT_PASSIVE = words(
  'sent', 'dispatched', 'despatched', 'airlifted', 'flown', 'shipped', 'rushed', 'moved', 'delivered', 'inserted',
  'transferred', 'poured', 'dropped', 'ordered', 'positioned', 'concentrated', 'massed', 'amassed', 'committed', 'posted',
  'assembl(?:ed|ing)', 'brought in', 'called in',
);
/** Motion verbs whose subject is the force; they need a destination after them. */
const FORCE_MOTION = words(
  'mov(?:e|es|ed|ing)', 'arriv(?:e|es|ed|ing)', 'reach(?:es|ed|ing)?', 'enter(?:s|ed|ing)?', 'cross(?:es|ed|ing)?',
  'land(?:s|ed|ing)?', 'marche?s?d?', 'marching', 'roll(?:s|ed|ing)', 'sail(?:s|ed|ing)?', 'steam(?:s|ed|ing)?',
  'head(?:s|ed|ing)?', 'dock(?:s|ed|ing)?', 'pour(?:s|ed|ing)?', 'fl(?:y|ies|ew|ying)', 'occup(?:y|ies|ied|ying)',
  'took up positions', 'take up positions', 'assembl(?:e|es|ed|ing)', 'mass(?:es|ed|ing)?', 'converg(?:e|es|ed|ing)',
  'dug in', 'dig(?:s|ging)? in', 'fan(?:s|ned|ning)? out', 'fac(?:e|ed|ing) (?:each other|one another|off)',
);
const DESTINATION = String.raw`\s+(?:in|into|at|on|onto|to|toward|towards|across|near|off|over|through|up to|forward|along|around|outside|inside|within|beyond|opposite|alongside|close to|closer to|nearer|the)\b`;
/** Auxiliaries between a force and its verb: "had been", "began to", "were reportedly". */
const AUX = String.raw`(?:(?:were|was|had|have|has|been|are|is|being|be|to|began|begun|started|continued|reportedly|also|then|soon|already|later|quickly|rapidly|all|still|now)\s+){0,4}`;

/** What forces "enter", "reach" or "advance into" that is not a place: a war, talks, a final. */
const NOT_A_PLACE = String.raw`\b(?:enter\w*|cross\w*|reach\w*|advanc\w*\s+(?:in)?to)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:war|conflict|fray|talks|negotiations|service|politics|race|phase|stage|agreement|era|finals?|semi-?finals?|quarter-?finals?|round|knockout|play-?offs?|competition|tournament|cup|market|league|charts?|history|records?|deal|accord|settlement|consensus|compromise|conclusion|decision|understanding|age|retirement|limit|target|milestone|peak|total|figure|level)\b`;
/** Flights that are ceremony, not force: "jets flew over the parade". */
const CEREMONIAL_FLIGHT = String.raw`\bfl(?:y|ies|ew|ying|own)\b(?=[\s\S]*\b(?:parade|ceremon\w*|fly-?past|air ?shows?|display|celebrat\w*|anniversary|birthday|jubilee|funeral|tribute|memorial)\b)`;

const ARMS_TRANSFER = String.raw`^(?:deliver(?:s|ed|ing)?|ship(?:s|ped|ping)?|suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold)\b(?:(?!troops|soldiers|personnel|forces|marines|paratroop|commandos|units|contingent|servicem).)*$`;

export const DEPLOYMENT_RULES: readonly LexiconRule[] = [
  {
    id: 'deployment.withdrawal-noun',
    keywords: ['withdrawal', 'pull-?out', 'pull-?back', 'drawdown', 'evacuation', 'repatriation', 'troop', 'military', 'army', 'force (?:withdrawal|pull|drawdown|reduction|cut)', 'forces (?:withdrawal|pull|drawdown|reduction|cut)'],
    category: 'military-deployment',
    subtype: 'withdrawn',
    patterns: [
      String.raw`\b(?:withdrawals?|pull-?outs?|pull-?backs?|drawdowns?|evacuation|repatriation)\s+of${looseGap(5)}${FORCE}`,
      String.raw`\b(?:troop|military|army|force|forces)\s+(?:withdrawals?|pull-?outs?|pull-?backs?|drawdowns?|reductions?|cuts)\b`,
    ],
    excludeInTrigger: [NON_MILITARY_FORCE],
    prior: 0.9,
    examples: ['the withdrawal of Italian and Yugoslav forces from the border', 'negotiations began on a troop pullback'],
  },
  {
    id: 'deployment.withdraw-verb',
    keywords: FORCE_HEADS,
    category: 'military-deployment',
    subtype: 'withdrawn',
    patterns: [
      String.raw`\b(?:withdr(?:aw|aws|awing|ew)|pull(?:s|ed|ing)? (?:out|back)|evacuat(?:e|es|ed|ing)|recall(?:s|ed|ing)?|bring(?:s|ing)? home|brought home)${gap(4)}${FORCE}`,
      String.raw`\b(?:bring(?:s|ing)?|brought)${gap(3)}${FORCE}\s+(?:back\s+)?home\b`,
      String.raw`${FORCE}${auxGap(3)}${AUX}(?:withdrawn|withdr(?:aw|ew|awing)|pull(?:s|ed|ing)? (?:out|back)|evacuated|shipped out|flown out|airlifted out|sent home|brought home|recalled|leave|leaving|retreat(?:s|ed|ing)?|return(?:s|ed)? home|went home|began leaving|f[ae]ll(?:s|ing)? back|return(?:s|ed|ing)? to (?:their |its )?(?:barracks|bases?))\b`,
    ],
    excludeInTrigger: [NON_MILITARY_FORCE, String.raw`^recall\w*\s+(?:\S+\s+){0,3}(?:reservists|reserves)\b`],
    prior: 0.85,
    examples: ['all U.S. combat troops had been withdrawn', 'Syria withdrew its troops', 'U.S. troops began to leave Iraq', 'Eighty UN peacekeepers were shipped out of the enclave', 'the army returned to barracks after the vote', 'Iraqi forces fell back to the river'],
  },
  {
    id: 'deployment.leave',
    keywords: FORCE_HEADS,
    category: 'military-deployment',
    subtype: 'withdrawn',
    patterns: [String.raw`${FORCE}${auxGap(3)}${AUX}(?:left|leave|leaves|leaving|quit|departed|depart)\b`],
    excludeInTrigger: [NON_MILITARY_FORCE],
    // "Troops left Iraq", but not "troops left behind" or "soldiers left dead": a place must follow.
    requiresPatient: true,
    prior: 0.8,
    examples: ['The last U.S. combat troops left Iraq early Thursday morning'],
  },
  {
    id: 'deployment.demobilise',
    keywords: ['demobili', 'disband', 'dissolv', 'stood down', 'stand(?:s|ing)? down', ...FORCE_HEADS],
    category: 'military-deployment',
    subtype: 'demobilised',
    patterns: [
      String.raw`\bdemobili[sz](?:e|es|ed|ing|ation)\b`,
      String.raw`\b(?:disband(?:s|ed|ing)?|dissolv(?:e|es|ed|ing)|stood down|stand(?:s|ing)? down)${gap(3)}(?:army|armies|militias?|units|forces|troops|battalions?|brigades?|regiments?)\b`,
      String.raw`${FORCE}${auxGap(2)}${AUX}(?:disbanded|stood down|demobili[sz]ed)\b`,
    ],
    exclude: [String.raw`\bdemobili[sz]\w*\s+(?:of\s+)?(?:[^\s]+\s+)?(?:child soldiers|combatants|rebels|fighters|militias?|guerrillas|ex-combatants)\b(?!.*\b(?:army|troops)\b)`],
    excludeInTrigger: [NON_MILITARY_FORCE],
    prior: 0.85,
    examples: ['the demobilization of Dominican Republic forces', 'the government disbanded two army brigades'],
  },
  {
    id: 'deployment.exercise',
    keywords: ['exercise', 'drill', 'manoeuvre', 'maneuver', 'war[\\s-]?game', 'simulated', 'mock'],
    category: 'military-deployment',
    subtype: 'exercise',
    patterns: [
      String.raw`\b(?:military|naval|navy|joint|air|air force|army|war|live-fire|live fire|amphibious|combined|large-scale|nuclear|missile|tactical|command-post|anti-submarine|strategic|bilateral|trilateral|multinational|field|combat|night|marine|artillery|defen[cs]e)[\s-]+(?:exercises?|drills?|manoeuvres|maneuvers)\b`,
      String.raw`\bwar[\s-]?games?\b`,
      String.raw`\b(?:hold|holds|held|holding|conduct(?:s|ed|ing)?|stag(?:e|es|ed|ing)|launch(?:es|ed|ing)?|carr(?:y|ies|ied|ying) out|beg[ai]n|start(?:s|ed|ing)?|perform(?:s|ed|ing)?|engag(?:e|es|ed|ing) in|took part in|tak(?:e|es|ing) part in)${gap(4)}(?:exercises?|drills|manoeuvres|maneuvers)\b`,
      String.raw`\b(?:exercises?|drills|manoeuvres|maneuvers)\s+(?:involving|with|featuring|including|by)${looseGap(4)}${FORCE}`,
      String.raw`\b(?:exercises?|drills|manoeuvres|maneuvers)\s+(?:off|near|along|close to|around)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:coast|border|frontier|islands?|strait|peninsula|waters)\b`,
      String.raw`\b(?:simulated|mock)\s+(?:invasions?|amphibious (?:assaults?|landings?)|air (?:strikes?|raids?)|bombing (?:runs?|raids?)|missile (?:strikes?|attacks?|launch(?:es)?)|nuclear (?:strikes?|attacks?)|beach landings?)\b`,
    ],
    exclude: [
      String.raw`\b(?:political|diplomatic|legal|parliamentary|procedural|backroom|behind-the-scenes|electoral|financial|accounting|corporate)\s+(?:manoeuvres|maneuvers)\b`,
      String.raw`\b(?:fire|earthquake|evacuation|emergency|safety|lockdown|disaster|tsunami|flood|school|training|damage[\s-]control|firefighting|general quarters|man overboard)\s+drills?\b`,
      String.raw`\bexercises?\s+(?:of\s+)?(?:power|restraint|caution|authority|influence|control|rights?|judgment|judgement|options?|in futility)\b`,
      String.raw`\b(?:physical|breathing|fitness|mental|writing|classroom|academic|public relations|PR|branding|cost-cutting|paper|desk|tabletop|computer|planning)\s+exercises?\b`,
    ],
    prior: 0.9,
    examples: ['Russian and Venezuelan forces conducted a joint military exercise', 'On 18 March WTO forces held maneuvers', 'French and Egyptian warships launched 10 days of war games', 'exercises involving 40,000 troops and 300 aircraft', 'Chinese drills off the coast of Taiwan', 'bombers practised simulated air strikes on the island'],
  },
  {
    id: 'deployment.mobilise',
    keywords: ['mobili', 'call(?:s|ed|ing)?[\\s-]+up', 'call-?ups?', 'reservist', 'reserves', 'conscript', ...FORCE_HEADS],
    category: 'military-deployment',
    subtype: 'mobilised',
    patterns: [
      String.raw`\bmobili[sz](?:e|es|ed|ing)${gap(4)}(?:${FORCE}|conscripts|(?:[\d,]+|thousands of|hundreds of|tens of thousands of)\s+(?:men|troops|soldiers|reservists))`,
      String.raw`${FORCE}${auxGap(2)}${AUX}mobili[sz]ed\b`,
      String.raw`\b(?:general|partial|full|total|national|military|troop|army|naval|nato|reserve|war|heightened|mass)\s+mobili[sz]ations?\b`,
      String.raw`\bmobili[sz]ations?\s+of${looseGap(4)}(?:${FORCE}|the country|the nation|all men|men)`,
      String.raw`\bmobili[sz]ations?\b`,
      String.raw`\bcall(?:s|ed|ing)?[\s-]+up${gap(4)}(?:reservists|reserves|conscripts|troops|soldiers|recruits|men)\b`,
      String.raw`\brecall(?:s|ed|ing)?${gap(3)}(?:reservists|(?:military|army)\s+reserves)\b`,
      String.raw`\b(?:reservists|reserves|conscripts)${auxGap(3)}${AUX}called up\b`,
      String.raw`\bcall-?ups?\s+of${looseGap(3)}(?:reservists|reserves|conscripts)\b`,
      String.raw`\b(?:re)?activat(?:e|es|ed|ing)${gap(4)}${FORCE}`,
    ],
    exclude: [
      String.raw`\b(?:voters?|supporters|resources?|funds?|public|political|social|grassroots|community|civil society|protest(?:ers)?|youth|electoral|campaign|workers|unions?|domestic|capital|party)\s+mobili[sz]`,
      String.raw`\bmobili[sz]\w*\s+(?:of\s+)?(?:[^\s]+\s+)?(?:voters|supporters|resources|funds|the public|people|workers|protesters|opinion|support|capital|savings|the masses|communities|students|followers|members|donors|investment|aid|volunteers)\b`,
    ],
    excludeInTrigger: [NON_MILITARY_FORCE],
    prior: 0.85,
    examples: ['Benes ordered general mobilization in Czechoslovakia', 'Britain mobilized army reservists', 'Yugoslav military reserves were called up', 'the defence ministry recalled 20,000 reservists'],
  },
  {
    id: 'deployment.alert',
    keywords: ['alert', 'readiness', 'war footing', 'stand-?by', 'ready for', 'war posture', 'combat', 'defcon', 'cancel'],
    category: 'military-deployment',
    subtype: 'mobilised',
    patterns: [
      String.raw`\b(?:put|puts|putting|placed|places|placing|raised|raises|ordered|orders)${gap(4)}${FORCE}${gap(2)}(?:on|at|to|in)\s+(?:a\s+)?(?:(?:high|full|maximum|heightened|combat|highest|red|war|top|increased|battle|a state of)\s+){0,2}(?:alert|readiness|alert status|war footing|combat readiness)\b`,
      String.raw`${FORCE}${auxGap(3)}${AUX}(?:put|placed)\s+on\s+(?:(?:high|full|maximum|heightened|combat|highest|red|war|top)\s+)?(?:alert|war footing)\b`,
      String.raw`\b(?:on|onto)\s+a\s+war footing\b`,
      String.raw`${FORCE}${auxGap(3)}${AUX}(?:(?:put|placed|kept)\s+)?on\s+(?:high\s+)?stand-?by\b`,
      String.raw`\b(?:ready|readiness)\s+for\s+(?:combat|war|battle)\b`,
      String.raw`\b(?:war|combat)\s+(?:posture|readiness)\b`,
      // Forces said to be on alert, without the order: "troops along the border remain on high alert".
      String.raw`${FORCE}${auxGap(3)}${AUX}(?:(?:remain(?:ed|s)?|went|go(?:es)?|stay(?:ed|s)?|kept)\s+)?(?:on|in a state of)\s+(?:(?:high|full|maximum|heightened|combat|highest|red|top|increased|battle)\s+)+(?:alert|readiness)\b`,
      String.raw`\b(?:rais(?:e|es|ed|ing)|heighten(?:s|ed|ing)?|increas(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|step(?:s|ped|ping)? up)\s+(?:(?:its|their|the)\s+)?(?:(?:military|combat|armed forces'?|army'?s?|troops'?|defen[cs]e)\s+)(?:alert|readiness|alert level|alert status|state of alert|readiness level)\b`,
      String.raw`\b(?:rais(?:e|es|ed|ing)|heighten(?:s|ed|ing)?|increas(?:e|es|ed|ing)|elevat(?:e|es|ed|ing))\s+(?:(?:its|their|the)\s+)?(?:alert|readiness)(?:\s+(?:level|status))?\s+of${looseGap(3)}${FORCE}`,
      String.raw`\bdefcon\s+(?:[1-4]|one|two|three|four)\b`,
      String.raw`\bcancell?(?:ed|s|ing)?\s+(?:all\s+)?(?:military\s+|army\s+)?leave\s+for${looseGap(3)}${FORCE}`,
    ],
    excludeInTrigger: [NON_MILITARY_FORCE],
    prior: 0.8,
    examples: ['placed their military forces at a heightened alert status', "ordered North Korea's forces to be ready for combat", 'an order for a war posture', 'Indian troops along the border were on high alert', 'Seoul raised its military alert level', 'the ministry cancelled all leave for soldiers'],
  },
  {
    id: 'deployment.buildup',
    keywords: ['build(?:s|ing)?[\\s-]?\\s?ups?', 'built up', 'presence', ...FORCE_HEADS],
    category: 'military-deployment',
    subtype: 'mobilised',
    patterns: [
      String.raw`\b(?:military|troop|army|naval|force|forces)\s+build-?\s?ups?\b`,
      String.raw`\bbuild-?\s?ups?\s+of${looseGap(3)}${FORCE}`,
      String.raw`\b(?:built|building|build|builds)\s+up${gap(3)}${FORCE}`,
      String.raw`\b(?:reinforc(?:e|es|ed|ing)|bolster(?:s|ed|ing)?|beef(?:s|ed|ing)? up|strengthen(?:s|ed|ing)?|step(?:s|ped|ping)? up|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|augment(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing))${gap(4)}(?:(?:military|troop|naval|armed|army)\s+(?:presence|strength|deployments?|numbers|levels|contingents?)|${FORCE})`,
      String.raw`\b(?:increase|surge|boost|expansion|strengthening|reinforcement)\s+(?:in|of)${looseGap(3)}(?:military|troop|naval)\s+presence\b`,
      String.raw`\b(?:army|armies|armed forces)${auxGap(3)}(?:underwent|undergone|expanded|enlarged|doubled|swelled)\b`,
    ],
    exclude: [String.raw`\barms\s+build-?\s?up\b`, String.raw`\b(?:morale|budget|spending|cooperation|ties|relations)\b`],
    excludeInTrigger: [NON_MILITARY_FORCE],
    prior: 0.8,
    examples: ['a significant military buildup occurred along the border', 'France responded by strengthening its military presence in Chad', 'a visible increase in Libya\'s military presence'],
  },
  {
    id: 'deployment.fortify',
    keywords: ['reinforc', 'fortif', 'strengthen', 'dug in', 'dig(?:s|ging)? in'],
    category: 'military-deployment',
    subtype: 'mobilised',
    patterns: [
      String.raw`\b(?:reinforc(?:e|es|ed|ing)|fortif(?:y|ies|ied|ying)|strengthen(?:s|ed|ing)?)\s+(?:its|their|the)\s+(?:military\s+|forward\s+|defensive\s+)?(?:positions|garrisons?|outposts|border posts)\s+(?:along|on|near|in|at|around|opposite)\b`,
      String.raw`${FORCE}${auxGap(2)}${AUX}(?:reinforc(?:e|es|ed|ing)|fortif(?:y|ies|ied|ying)|dug in|dig(?:s|ging)? in)\s+(?:(?:its|their|the)\s+)?(?:positions|defen[cs]es|lines|trenches)\b`,
    ],
    exclude: [String.raw`\b(?:market|shares?|brand|economy|finances|balance sheet|negotiating|bargaining|political|election|campaign|poll)\b`],
    excludeInTrigger: [NON_MILITARY_FORCE],
    prior: 0.8,
    examples: ['both armies reinforced their positions along the frontier', 'the marines fortified their positions on the ridge'],
  },
  {
    id: 'deployment.stationed',
    keywords: ['presence', ...FORCE_HEADS],
    category: 'military-deployment',
    subtype: 'stationed',
    patterns: [
      String.raw`\b(?:station(?:s|ed|ing)?|garrison(?:s|ed|ing)?|base[sd]?|basing)${gap(4)}${FORCE}`,
      String.raw`\b(?:keep(?:s|ing)?|kept|leav(?:e|es|ing)|left)${gap(3)}${FORCE}\s+(?:in|on|inside|stationed)\b`,
      String.raw`\bpresence\s+of${looseGap(4)}${FORCE}\s+(?:in|on|at|inside|near|along)\b`,
      String.raw`${FORCE}${auxGap(3)}${AUX}(?:(?:remain|remained|remains|stay|stayed|permanently)\s+)?(?:stationed|garrisoned|based)\s+(?:in|on|at|near|along|inside|off|outside|across|throughout)\b`,
      String.raw`\b(?:maintain(?:s|ed|ing)?|keep(?:s|ing)?|kept|retain(?:s|ed|ing)?)${gap(3)}(?:military|troop|naval)\s+presence\b`,
      String.raw`\b(?:establish(?:es|ed|ing)?|set(?:s|ting)? up|open(?:s|ed|ing)?)${gap(3)}(?:military|naval|air|army|missile|forward)\s+(?:bases?|outposts?|garrisons?)\s+(?:in|on|at|near|along|inside)\b`,
    ],
    exclude: [String.raw`\bbased\s+on\b(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:islands?|base|ships?|border|coast|peninsula|frontier))`],
    excludeInTrigger: [NON_MILITARY_FORCE, String.raw`^base[sd]?\b`],
    prior: 0.8,
    examples: ['its forces had been based on the Red Sea islands', '28,000 US troops are stationed in South Korea', 'two frigates stationed off the coast', 'Russia opened a military base in Kyrgyzstan'],
  },
  {
    id: 'deployment.peacekeeping-force-formed',
    keywords: ['peace-?keeping'],
    category: 'military-deployment',
    subtype: 'deployed',
    patterns: [
      String.raw`\bpeace-?keeping (?:force|mission|operation|contingent)s?${auxGap(3)}${AUX}(?:formed|established|created|set up|authori[sz]ed|approved|deployed)\b`,
      String.raw`\b(?:form(?:s|ed|ing)?|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|set(?:s|ting)? up|authori[sz](?:e|es|ed|ing)|approv(?:e|es|ed|ing))${gap(3)}peace-?keeping (?:force|mission|operation)s?\b`,
    ],
    prior: 0.7,
    examples: ['The Peacekeeping Force was formed on 27 March'],
  },
  {
    id: 'deployment.deploy',
    keywords: ['deploy', 'redeploy'],
    category: 'military-deployment',
    subtype: 'deployed',
    patterns: [
      String.raw`\b(?:re)?deploy(?:s|ed|ing)?${gap(5)}${FORCE}`,
      String.raw`${FORCE}${auxGap(3)}${AUX}(?:re)?deployed\b`,
      String.raw`\b(?:re)?deployments?\s+of${looseGap(5)}${FORCE}`,
      String.raw`\b(?:troop|military|naval|force|forward|nato|army|missile|peace-?keeping)\s+(?:re)?deployments?\b`,
    ],
    exclude: [String.raw`\b(?:software|app|code|cloud|server|airbags?|parachutes?|capital|resources|funds|staff|technology|network|update|system)\b`],
    excludeInTrigger: [NON_MILITARY_FORCE, ARMS_TRANSFER],
    prior: 0.9,
    examples: ['deploying Greek marines to the island', 'the number of soldiers deployed to the area increased', 'the deployment of troops along its border'],
  },
  {
    id: 'deployment.send',
    keywords: ['concentration', 'force movement', ...FORCE_HEADS],
    category: 'military-deployment',
    subtype: 'deployed',
    patterns: [
      String.raw`${SEND_ACTIVE}${gap(5)}${FORCE}`,
      String.raw`${FORCE}${auxGap(3)}${AUX}${SENT_PASSIVE}`,
      String.raw`\border(?:s|ed|ing)?${gap(4)}${FORCE}\s+(?:into|toward|towards|across|to\s+(?!(?:pay|stop|end|cease|halt|release|fire|open|shoot|investigate|be|take|withdraw|leave|pull|return|surrender|lay|disarm|step|crack|quell)\b))`,
      String.raw`\b(?:sending|dispatch|despatch|dispatching|transfer|insertion|arrival|landing|airlift|influx|surge|movements?|redeployment)\s+of${looseGap(5)}${FORCE}`,
      String.raw`\b(?:troop|force|military|naval)\s+(?:movements?|concentrations?)\b`,
      String.raw`\bconcentrations?\s+of${looseGap(3)}${FORCE}`,
    ],
    exclude: [
      String.raw`\b(?:sen[dt]|sending)\s+(?:a\s+)?(?:message|signal|letter|note|warning|condolences)\b`,
    ],
    excludeInTrigger: [NON_MILITARY_FORCE, ARMS_TRANSFER, String.raw`^post(?:s|ed|ing)?\b(?!.*\bto\b)`],
    prior: 0.85,
    examples: ['two Russian military planes delivered troops and equipment to Venezuela', 'Moscow inserts military personnel into Venezuela', 'Troops were posted to the East', 'moved two brigades to the border'],
  },
  {
    id: 'deployment.arrive',
    keywords: FORCE_HEADS,
    category: 'military-deployment',
    subtype: 'deployed',
    patterns: [
      String.raw`${FORCE}${auxGap(3)}${AUX}${FORCE_MOTION}${DESTINATION}`,
      String.raw`${FORCE}${auxGap(3)}${AUX}(?:sail(?:s|ed|ing)?|steam(?:s|ed|ing)?|head(?:s|ed|ing)?|set (?:sail|off|out)|bound)\s+for\b`,
    ],
    exclude: [NOT_A_PLACE, CEREMONIAL_FLIGHT],
    excludeInTrigger: [NON_MILITARY_FORCE],
    prior: 0.8,
    examples: ['warships arrived in the port', 'Soviet forces had reached the border', 'U.S. helicopters landed in Iran', 'a British task force sailed for the South Atlantic', 'troops faced each other across the river'],
  },
  {
    id: 'deployment.advance',
    // Every match holds one of these words, so force nouns alone do not wake the rule.
    keywords: ['advanc(?:e|es|ed|ing)\\b', 'military interventions? in', 'land(?:ed|ing) (?:from|into|on|in)\\b'],
    category: 'military-deployment',
    subtype: 'deployed',
    patterns: [
      String.raw`${FORCE}${auxGap(3)}${AUX}advanc(?:e|es|ed|ing)\s+(?:(?:deep|deeper|further|farther|rapidly|steadily|quickly|slowly)\s+)?(?:on|into|towards?|across|to)\b`,
      String.raw`\b(?:military|troop|armou?red|ground)\s+advances?\s+(?:into|on|towards?)\b`,
      String.raw`\bmilitary\s+interventions?\s+(?:in|into)\b`,
      // "The British advanced into Ethiopia": a nation's name standing for its forces.
      String.raw`\bthe\s+(?:british|french|americans|soviets|russians|germans|japanese|chinese|israelis|allies|turks|italians|iraqis|iranians|syrians|egyptians)${auxGap(2)}${AUX}(?:advanc(?:e|ed|ing)|land(?:ed|ing))\s+(?:from|into|on|in|towards?|across)\b`,
      // A second predicate of the same subject: "the forces took the town and by May were advancing on the capital".
      String.raw`${FORCE}${looseGap(10)}(?:were|was|are|is|had been|have been|began|continued|kept)\s+(?:(?:steadily|rapidly|slowly|still|already|quickly|now)\s+)?advancing\s+(?:on|into|towards?|across)\b`,
    ],
    exclude: [NOT_A_PLACE],
    excludeInTrigger: [NON_MILITARY_FORCE, String.raw`\b(?:who|which|that|protesters|demonstrators|crowds?|mob|marchers|fire|flames|storm|flood\w*|lava|refugees)\b`],
    prior: 0.65,
    examples: ['Rebel forces, backed by Rwandan and Ugandan troops, began to advance towards the capital', 'Russia launched a full-scale military intervention in the country', 'government troops retook the airport and by nightfall were advancing on the port'],
  },
  {
    id: 'deployment.enter',
    keywords: ['enter', 'cross', 'reach'],
    category: 'military-deployment',
    subtype: 'deployed',
    // "Soviet troops entered Prague": no preposition before the place, so the place must resolve.
    patterns: [String.raw`${FORCE}${auxGap(3)}${AUX}(?:enter(?:s|ed|ing)?|cross(?:es|ed|ing)?|reach(?:es|ed|ing)?)\b`],
    exclude: [COMBAT_CONTEXT, NOT_A_PLACE],
    excludeInTrigger: [NON_MILITARY_FORCE],
    requiresPatient: true,
    prior: 0.8,
    examples: ['Soviet troops entered Prague on 21 August', 'US troops reached Baghdad'],
  },
  {
    id: 'deployment.withdrawal-completed',
    keywords: ['withdrawal', 'evacuation', 'pull-?out', 'pull-?back'],
    category: 'military-deployment',
    subtype: 'withdrawn',
    patterns: [
      String.raw`\b(?:the|its|their)\s+(?:withdrawal|evacuation|pull-?out|pull-?back)${auxGap(4)}(?:was|were|had been|has been|is)\s+(?:(?:finally|fully|successfully|formally)\s+)?(?:completed?|finished|over)\b`,
      String.raw`\bcomplet(?:e|es|ed|ing)\s+(?:the|its|their)\s+(?:withdrawal|evacuation|pull-?out|pull-?back)\b`,
    ],
    exclude: [
      // The withdrawal is of forces only when forces are named nearby ("asked the troops to leave; the evacuation was completed").
      String.raw`^(?![\s\S]*${FORCE})`,
      String.raw`\b(?:civilians|residents|nationals|citizens|foreigners|tourists|expatriates|embassy|diplomats|staff|patients|villagers|refugees|evacuees|hostages|children|families|passengers|workers|brexit)\b`,
      String.raw`\bwithdrawal\s+(?:from\s+(?:the\s+)?(?:eu|european union|treaty|agreement|race|contest|election|deal|talks)|agreement|bill|symptoms)\b`,
    ],
    prior: 0.75,
    examples: ['The withdrawal was completed on 15 May, the ministry said, and the soldiers were back in barracks', 'Israeli forces completed their withdrawal from the town'],
  },
];

import { gap, looseGap } from './fragments.js';
import type { LexiconRule } from './types.js';

const MEASURE = String.raw`(?:sanctions?|embargo(?:es)?|boycotts?|asset freezes?|blacklists?|restrictive measures)\b`;

/** Stems every sanctions-measure rule needs. */
const MEASURE_HEADS = ['sanction', 'embargo', 'boycott', 'asset freeze', 'black-?list', 'restrictive measures'];

/** "Sanction" meaning approval ("UN-sanctioned", "sanctioned the use of force"), not a penalty. */
const APPROVAL = [
  String.raw`\b(?:un|u\.n\.|state|government|officially|court|church|legally|self|nato|fifa|uefa|ioc|police|party|socially|culturally|religiously|federally)-sanctioned\b`,
  String.raw`\bsanction(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:use|plans?|deals?|operations?|attacks?|strikes?|mergers?|killings?|raids?|invasion|action|moves?|release|sales?|purchases?|deployment|war|polic(?:y|ies)|changes?|transfers?|bids?|takeovers?|match(?:es)?|fights?|bouts?|events?|races?|marriages?|unions?|agreements?|projects?|schemes?|proposals?|expansion|construction|spending|payments?|loans?|budgets?|increases?|acquisitions?|programmes?|programs?|torture|executions?|abuses?|violence|practices?|formation|creation|establishment|appointments?|tournaments?|games?|trips?|visits?|searches|surveillance|investigations?|referendum|elections?|protests?|rall(?:y|ies)|march(?:es)?|demonstrations?)\b`,
  String.raw`\b(?:with|without|had|has|have|gave|give|given|received|receive|sought|seek)\s+(?:the\s+)?(?:\w+\s+)?(?:official\s+|formal\s+|legal\s+|explicit\s+|tacit\s+)?sanction\b(?!s)`,
  String.raw`\b(?:official|royal|legal|divine|papal|moral|religious|social|tacit|explicit|formal|political|parliamentary|presidential|legislative|congressional|judicial)\s+sanction\b(?!s)`,
  String.raw`\bsanction(?:ed)?\s+by\s+(?:the\s+)?(?:law|church|tradition|custom|god|religion|scripture|parliament|congress|the constitution)\b`,
];

/** Boycotts of elections, meetings, ceremonies and single events are abstention or protest, not sanctions (CAMEO). */
const ABSTENTION = String.raw`\bboycott(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+|next\s+|upcoming\s+|tomorrow's\s+|[\w-]+'s?\s+)?(?:[\w-]+\s+){0,4}?(?:elections?|polls?|vote|voting|referend(?:um|a)|ballots?|meetings?|talks|summits?|conferences?|sessions?|sittings?|parliament|assembly|ceremon(?:y|ies)|inaugurations?|hearings?|debates?|negotiations|proceedings|council|cabinet|congress|conventions?|consultations?|dialogue|census|classes|lessons|school|exams?|primar(?:y|ies)|caucus(?:es)?|legislature|senate|house|signing|concerts?|gigs?|festivals?|premieres?|screenings?|shows?|awards?)\b`;
const ABSTENTION_BEFORE = String.raw`\b(?:election|poll|vote|voting|referendum|ballot|parliamentary|legislative|meeting|summit|talks|opposition)\s+boycotts?\b`;

/** Penalties for doping and misconduct in sport are disciplinary, not state sanctions. */
const DISCIPLINE = String.raw`\b(?:doping|drugs? tests?|tested positive|testing positive|anti-doping|banned substances?|disciplinary|misconduct)\b`;

/** Penalties in civil, court and licensing cases are not international sanctions. */
const COURT = String.raw`\b(?:courts?|judges?|lawsuits?|litigation|bankruptcy|creditors?|liquidat\w*|licen[cs]ees?)\b`;

export const SANCTIONS_RULES: readonly LexiconRule[] = [
  {
    id: 'sanctions.enforcement',
    keywords: ['sanction', 'embargo'],
    category: 'sanctions',
    subtype: 'enforcement',
    patterns: [
      String.raw`\b(?:evad(?:e|es|ed|ing)|evasion of|circumvent(?:s|ed|ing|ion of)?|bust(?:s|ed|ing)?|violat(?:e|es|ed|ing|ion of|ions of)|breach(?:es|ed|ing)?|break(?:s|ing)?|broke|skirt(?:s|ed|ing)?|flout(?:s|ed|ing)?|enforc(?:e|es|ed|ing|ement of)|dodg(?:e|es|ed|ing)|get(?:ting)? around|got around)${gap(4)}(?:sanctions?|embargo(?:es)?)\b`,
      String.raw`\b(?:sanctions?|embargo)[\s-]+(?:evasion|busting|busters?|violations?|breach(?:es)?|enforcement|dodging|evaders?)\b`,
    ],
    prior: 0.9,
    examples: ['accused of helping Iran evade sanctions', 'a sanctions-busting network'],
  },
  {
    id: 'sanctions.extended',
    keywords: MEASURE_HEADS,
    category: 'sanctions',
    subtype: 'extended',
    patterns: [
      String.raw`\brefus(?:e|es|ed|ing)\s+to\s+(?:lift|ease|remove|end|relax|scrap)${gap(4)}${MEASURE}`,
      String.raw`\b(?:extend(?:s|ed|ing)?|extension of|renew(?:s|ed|ing)?|renewal of|prolong(?:s|ed|ing)?|tighten(?:s|ed|ing)?|tightening of|expand(?:s|ed|ing)?|expansion of|broaden(?:s|ed|ing)?|widen(?:s|ed|ing)?|step(?:s|ped|ping)? up|toughen(?:s|ed|ing)?|intensif(?:y|ies|ied|ying)|maintain(?:s|ed|ing)?|keep(?:s|ing)?|kept|retain(?:s|ed|ing)?|uph[oe]ld(?:s|ing)?|roll(?:s|ed)? over)${gap(4)}${MEASURE}`,
      String.raw`\b${MEASURE}${looseGap(3)}(?:(?:were|was|is|are|been|have|has|had)\s+){0,2}(?:extended|renewed|prolonged|tightened|expanded|broadened|toughened)\b`,
    ],
    prior: 0.9,
    examples: ['Putin extended the embargo through Aug. 5, 2016', 'the EU renewed its sanctions on Russia'],
  },
  {
    id: 'sanctions.eased',
    keywords: MEASURE_HEADS,
    category: 'sanctions',
    subtype: 'eased',
    patterns: [
      String.raw`\b(?:lift(?:s|ed|ing)?|lifting of|eas(?:e|es|ed|ing)|easing of|remov(?:e|es|ed|ing)|removal of|end(?:s|ed|ing)?|end to|scrap(?:s|ped|ping)?|suspend(?:s|ed|ing)?|suspension of|relax(?:es|ed|ing)?|relaxation of|loosen(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|reduction of|roll(?:s|ed|ing)? back|waiv(?:e|es|ed|ing)|waiver of|drop(?:s|ped|ping)?|eliminat(?:e|es|ed|ing)|repeal(?:s|ed|ing)?|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|unfr(?:eeze|eezes|eezing|oze|ozen)|called off|call(?:s|ing)? off)${gap(4)}${MEASURE}`,
      String.raw`\b${MEASURE}${looseGap(5)}(?:(?:were|was|is|are|be|been|being|will|would|has|have|had|also|to|now|soon|finally|partly|partially)\s+){0,3}(?:lifted|eased|removed|ended|end|scrapped|suspended|relaxed|loosened|reduced|rolled back|waived|dropped|repealed|rescinded|revoked|expire[sd]?|lapse[sd]?)\b`,
      String.raw`\b(?:sanctions|embargo)\s+relief\b`,
      String.raw`\brelief\s+from${gap(2)}(?:sanctions|embargo)\b`,
    ],
    prior: 0.9,
    examples: ['President Obama announced the United States is lifting its embargo on sales of lethal weapons to Vietnam', 'A European oil embargo on Iran will also end', 'agreed to reduce sanctions on the Islamic Republic'],
  },
  {
    id: 'sanctions.threatened',
    keywords: MEASURE_HEADS,
    category: 'sanctions',
    subtype: 'threatened',
    patterns: [
      String.raw`\b(?:threat(?:en|ens|ened|ening)?|warn(?:s|ed|ing)?)${looseGap(6)}${MEASURE}`,
      String.raw`\b(?:face|faces|facing|risk|risks|risking|could face|would face)${gap(3)}(?:sanctions|embargo(?:es)?|boycotts?)\b`,
    ],
    prior: 0.85,
    examples: ['The U.N. Security Council has long threatened to impose an arms embargo on South Sudan', 'warned Iran it could face new sanctions'],
  },
  {
    id: 'sanctions.called-for',
    keywords: MEASURE_HEADS,
    category: 'sanctions',
    subtype: 'called-for',
    patterns: [
      String.raw`\b(?:call(?:s|ed|ing)?|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|demand(?:s|ed|ing)?|press(?:es|ed|ing)?|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|campaign(?:s|ed|ing)?|petition(?:s|ed|ing)?|advocat(?:e|es|ed|ing)|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?)${looseGap(6)}${MEASURE}`,
    ],
    exclude: [ABSTENTION, ABSTENTION_BEFORE, COURT, DISCIPLINE],
    prior: 0.85,
    examples: ['publicly calling for the boycott of Israeli goods', 'Archbishop Desmond Tutu called for sanctions against Nigeria'],
  },
  {
    id: 'sanctions.imposed',
    keywords: MEASURE_HEADS,
    category: 'sanctions',
    subtype: 'imposed',
    patterns: [
      String.raw`\b(?:impos(?:e|es|ed|ing)|imposition of|slap(?:s|ped|ping)?|level(?:s|ed|led|ing|ling)?|plac(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|adopt(?:s|ed|ing)?|announc(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|enact(?:s|ed|ing)?|unveil(?:s|ed|ing)?|institut(?:e|es|ed|ing)|appl(?:y|ies|ied|ying)|add(?:s|ed|ing)? to|issu(?:e|es|ed|ing)|hit(?:s|ting)?|target(?:s|ed|ing)?|extend(?:s|ed|ing)? to|expand(?:s|ed|ing)? to)${gap(4)}${MEASURE}`,
      String.raw`\b${MEASURE}${looseGap(4)}(?:(?:were|was|is|are|been|being|have|has|had)\s+){0,2}(?:imposed|placed|introduced|slapped|levied|instituted|adopted|applied|in place|in force)\b`,
      String.raw`\b(?:new|fresh|further|additional|tougher|tough|crippling|sweeping|punitive|economic|financial|trade|oil|arms|weapons|targeted|international|unilateral|secondary|smart|u\.?n\.?|u\.?s\.?|e\.?u\.?|western|american|european|british|russian|chinese|multilateral|sectoral|banking|energy|military|travel|visa|diplomatic|sporting|cultural|academic|consumer)\s+(?:sanctions|embargo(?:es)?|boycotts?)\b`,
      String.raw`\bsanctioned\s+(?!(?:by|for|under|in|and|or|to|as|at|with|over|because|after|before|since|when|if)\b)[\w-]+`,
      String.raw`\b(?:boycott(?:s|ed|ing)?)\s+(?:of\s+)?(?:[\w'-]+\s+){0,3}?(?:goods|products|companies|firms|brands|banks|imports|exports|stores|shops|businesses|tournament|games|olympics|world cup|championships?)\b`,
    ],
    exclude: [...APPROVAL, ABSTENTION, ABSTENTION_BEFORE, COURT, DISCIPLINE],
    prior: 0.9,
    examples: ['The Trump administration has imposed crippling sanctions', 'On Friday it sanctioned its development bank, Bandes', 'economic sanctions placed on Russia'],
  },
  {
    id: 'sanctions.asset-freeze',
    keywords: ['froze', 'freez', 'frozen', 'block(?:s|ed|ing)?\\b'],
    category: 'sanctions',
    subtype: 'imposed',
    targetKind: 'entity',
    patterns: [
      String.raw`\b(?:froze|freez(?:e|es|ing)|frozen|block(?:s|ed|ing)?)${gap(5)}(?:assets|funds|accounts|property|properties|holdings|reserves|bank accounts|wealth)\b`,
      String.raw`\b(?:assets|funds|accounts|property|properties|holdings|reserves)${looseGap(4)}(?:(?:were|was|have|has|had|been|are|be|being)\s+){1,2}(?:frozen|blocked)\b`,
      String.raw`\bfreez(?:e|es|ing)\s+(?:of|on)${looseGap(3)}(?:assets|funds|accounts|holdings|reserves)\b`,
    ],
    exclude: [String.raw`\b(?:courts?|judges?|bailiffs?|tax|prosecutors?|police|fraud|corruption|divorce|bankrupt\w*|creditors?|liquidat\w*|embezzl\w*|laundering case|wage|hiring|price|pay)\b`],
    prior: 0.85,
    examples: ['froze the assets of six Iranian banks', 'Their assets in the US have been frozen'],
  },
  {
    id: 'sanctions.blacklist',
    keywords: ['entity list', 'black-?list', 'designat(?:e|es|ed|ing)\\b'],
    category: 'sanctions',
    subtype: 'imposed',
    targetKind: 'entity',
    patterns: [
      String.raw`\badd(?:s|ed|ing)?${looseGap(6)}to\s+(?:the|its|a|an|their)\s+(?:[\w.-]+\s+){0,3}?(?:entity list|blacklist|sanctions list|sdn list|specially designated nationals|terror(?:ism|ist)? (?:black)?list|list of (?:state )?sponsors of terror\w*)\b`,
      String.raw`\bentity list\b`,
      String.raw`\bblack-?list(?:s|ed|ing)?\b`,
      String.raw`\bdesignat(?:e|es|ed|ing)${looseGap(5)}as\s+(?:a\s+)?(?:specially designated|foreign terrorist organi[sz]ation|terrorist organi[sz]ation|state sponsor)`,
    ],
    exclude: [String.raw`\b(?:hollywood|screenwriters?|actors?|players?|referees?|union|journalists?|websites?|sites|spam\w*|junk|e-?mails?|mail servers?|net addresses|ip addresses|domains?|internet|online|tax haven|safety)\b`],
    requiresAgent: true,
    prior: 0.75,
    examples: ['The Commerce Department added Huawei to the Entity List', 'Washington blacklisted the company'],
  },
  {
    id: 'sanctions.barred-dealings',
    keywords: ['bar(?:s|red|ring)?\\b', 'ban(?:s|ned|ning)?\\b', 'prohibit', 'forb(?:id|ade)', 'block(?:s|ed|ing)?\\b'],
    category: 'sanctions',
    subtype: 'imposed',
    targetKind: 'entity',
    patterns: [
      String.raw`\b(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|prohibit(?:s|ed|ing)?|forb(?:id|ids|ade|idden)|block(?:s|ed|ing)?)${looseGap(6)}from\s+(?:dealing|doing (?:any )?business|trading|transacting|(?:engaging in|conducting|entering into) (?:any )?transactions|investing|providing (?:financial )?services)\s+(?:with|in)\b`,
    ],
    prior: 0.85,
    examples: ['Americans are barred from dealing with the company', 'US firms are prohibited from doing business with them'],
  },
  {
    id: 'sanctions.trade-ban',
    keywords: ['ban(?:s|ned|ning)?\\b', 'prohibit', 'block(?:s|ed|ing)?\\b', 'embargo', 'export controls?', 'cut(?:s|ting)? off', 'swift'],
    category: 'sanctions',
    subtype: 'imposed',
    targetKind: 'sector',
    patterns: [
      String.raw`\b(?:import|export|trade|arms|oil|weapons)\s+bans?\s+(?:on|against)\b`,
      String.raw`\bexport controls?\s+(?:on|against)\b`,
      String.raw`\b(?:ban(?:s|ned|ning)?|block(?:s|ed|ing)?|prohibit(?:s|ed|ing)?|embargo(?:es|ed|ing)?)\s+(?:(?:all|the|its|their|new|most|further)\s+)?(?:[\w-]+\s+){0,2}?(?:imports?|exports?|purchases|shipments|trade)\s+(?:[\w-]+\s+){0,3}?(?:from|to|with)\b`,
      String.raw`\b(?:travel|visa)\s+bans?\s+(?:on|against)${gap(3)}(?:officials|leaders|members|individuals|people|ministers|generals|oligarchs|associates)\b`,
      String.raw`\b(?:cut(?:s|ting)?(?: off)?|exclud(?:e|es|ed|ing)|disconnect(?:s|ed|ing)?|remov(?:e|es|ed|ing)|block(?:s|ed|ing)?|ban(?:s|ned|ning)?|expel(?:s|led|ling)?)${looseGap(5)}(?:from\s+)?(?:the\s+)?(?:global\s+)?(?:swift|international (?:payments?|financial) system|global financial system)\b`,
      String.raw`\bimpos(?:e|es|ed|ing)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?bans?\s+on\b`,
    ],
    exclude: [String.raw`\b(?:muslim|immigra\w*|covid|coronavirus|virus|pandemic|outbreak|flu|ebola|bird flu|bse|mad cow|foot-and-mouth|disease|contaminat\w*|safety|ivory|rhino|wildlife|endangered|smoking|tobacco|hunting|fishing)\b`],
    requiresPatient: true,
    prior: 0.75,
    examples: ['Russia banned imports of most food from the European Union', 'a travel ban on senior Belarusian officials'],
  },
  {
    id: 'sanctions.measure',
    keywords: MEASURE_HEADS,
    category: 'sanctions',
    subtype: 'imposed',
    patterns: [String.raw`\b(?:sanctions|embargo(?:es)?|boycott(?:s|ed|ing)?|restrictive measures)\b`, String.raw`\bsanction\b`],
    exclude: [...APPROVAL, ABSTENTION, ABSTENTION_BEFORE, COURT, DISCIPLINE],
    fallback: true,
    prior: 0.8,
    examples: ['Twenty-two voted in favour of the sanction', 'the failed embargo on Cuba'],
  },
];


import { foldName } from './names.js';

/** Codes Intl still names but that are withdrawn or are not countries. */
const NOT_COUNTRIES = new Set(['BU', 'ZR', 'TP', 'YU', 'CS', 'DD', 'FX', 'SU', 'DY', 'HV', 'NH', 'RH', 'VD', 'YD', 'QO', 'EU', 'EZ', 'UN', 'ZZ', 'XA', 'XB']);

/** Spellings lists use that the English region names (Node's ICU) do not cover. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  burma: 'MM',
  turkey: 'TR',
  'czech republic': 'CZ',
  'cote d ivoire': 'CI',
  palestinian: 'PS',
  'west bank': 'PS',
  gaza: 'PS',
  'north gaza': 'PS',
  'northern gaza': 'PS',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
  'the gambia': 'GM',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  'north macedonia the republic of': 'MK',
  'dprk': 'KP',
  'russian federation': 'RU',
  'united states of america': 'US',
  british: 'GB',
  american: 'US',
};

let byName: Map<string, string> | undefined;

/** Every English country name (and the list spellings above), folded, to its ISO code. Built once. */
function countryNames(): Map<string, string> {
  if (byName) return byName;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  byName = new Map(Object.entries(EXTRA_NAMES));
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
      if (!name) continue;
      // "Myanmar (Burma)", "Hong Kong SAR China", "St. Kitts & Nevis": each readable part counts.
      const variants = [name, name.replace(/\s*\(.*\)/, ''), name.replace(/\s+SAR China$/, ''), name.replace(/^St\. /, 'Saint ')];
      for (const variant of variants) if (!byName.has(foldName(variant))) byName.set(foldName(variant), code);
    }
  }
  return byName;
}

/**
 * ISO 3166-1 alpha-2 code of a country name as lists write it ("Venezuela", "Korea, North",
 * "Region: Gaza"), or undefined.
 */
export function countryCode(name: string): string | undefined {
  if (!resolved.has(name)) resolved.set(name, lookUpCountry(name));
  return resolved.get(name);
}

/** Lists repeat a few hundred country spellings over thousands of addresses. */
const resolved = new Map<string, string | undefined>();

function lookUpCountry(name: string): string | undefined {
  const plain = name.replace(/^Region:\s*/i, '').replace(/^the\s+/i, '').replace(/,\s*the$/i, '');
  const folded = foldName(plain);
  const names = countryNames();
  const direct = names.get(folded) ?? demonymCountry(folded, names);
  if (direct) return direct;
  // Lists invert some names: "Korea, North", "Bahamas, The", "Man, Isle of".
  const comma = plain.indexOf(',');
  return comma < 0 ? undefined : names.get(foldName(`${plain.slice(comma + 1)} ${plain.slice(0, comma)}`));
}

/** Endings of demonyms and what the country name ends with instead: "Venezuelan", "Iranian", "Iraqi", "Chinese", "Lebanese". */
const DEMONYM_ENDINGS: readonly (readonly [string, string])[] = [
  ['ian', ''], ['ian', 'e'], ['ian', 'ia'], ['n', ''], ['i', ''], ['ese', 'a'], ['ese', 'on'], ['ese', ''], ['an', 'a'],
];

/** The country of a demonym, by the usual English endings; names that are no demonym find none. */
function demonymCountry(folded: string, names: ReadonlyMap<string, string>): string | undefined {
  for (const [ending, replacement] of DEMONYM_ENDINGS) {
    if (folded.length > ending.length + 2 && folded.endsWith(ending)) {
      const code = names.get(folded.slice(0, -ending.length) + replacement);
      if (code) return code;
    }
  }
  return undefined;
}

/** The country a program is named after ("VENEZUELA-EO13850" → VE, "DPRK3" → KP), if any. */
export function programCountry(program: string): string | undefined {
  const head = program.split('-')[0]?.replace(/\d+$/, '') ?? '';
  return head.length > 2 ? countryCode(head) : undefined;
}

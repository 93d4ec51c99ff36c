/**
 * Typographic variants folded to ASCII, one UTF-16 unit for one, so offsets into the
 * normalised text are offsets into the original: spans never need mapping back.
 */
const FOLDS: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u02BC': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u202F': ' ', '\u200A': ' ', '\u3000': ' ',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/** The text with quotes, dashes and spaces folded; same length as the input. */
export function normalise(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLDS[ch] ?? ch);
}

import { nameCandidates } from './candidates.js';

/**
 * Short names an article defines in parentheses, each with the longer names it stands for:
 * "Banco Nacional de Cuba (BNC)" → BNC: ["Banco Nacional de Cuba"]; "Venezuela's development bank
 * (Bandes)" → Bandes: ["Venezuela's development bank"]. Keys are upper case.
 */
export function acronymDefinitions(text: string): Map<string, string[]> {
  const definitions = new Map<string, string[]>();
  for (const match of text.matchAll(/\(([\p{Lu}][\p{L}\p{N}&.-]{1,11})\)/gu)) {
    const at = match.index ?? 0;
    // The words just before the parenthesis, back to the previous clause boundary (at most eight).
    const before = text.slice(Math.max(0, at - 120), at);
    const clause = (before.split(/[.;:()\n,]/).at(-1) ?? '').trim();
    const phrase = clause.split(/\s+/).slice(-8).join(' ');
    if (phrase === '') continue;
    const longNames = [phrase];
    // The run of capitalised words that ends at the parenthesis, when the phrase has more than the name.
    const lastName = nameCandidates(phrase).filter((c) => c.end === phrase.length).sort((a, b) => b.words.length - a.words.length)[0];
    if (lastName && lastName.text !== phrase) longNames.push(lastName.text);
    const key = (match[1] ?? '').toUpperCase();
    definitions.set(key, [...(definitions.get(key) ?? []), ...longNames]);
  }
  return definitions;
}

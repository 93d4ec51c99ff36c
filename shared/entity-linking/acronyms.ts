import { abbreviates } from '../sanctions-lists/names.js';
import { nameCandidates } from './candidates.js';

/**
 * Short names an article defines in parentheses, each with the longer names it stands for:
 * "Banco Nacional de Cuba (BNC)" → BNC: ["Banco Nacional de Cuba"]; "Banco de Desarrollo Económico
 * y Social (Bandes)" → BANDES. Keys are upper case; a long form the short one cannot abbreviate
 * ("Venezuela's development bank (Bandes)", "HONG KONG (Reuters)") is left out.
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
    const short = match[1] ?? '';
    const fitting = longNames.filter((long) => abbreviates(short, long));
    if (fitting.length > 0) definitions.set(short.toUpperCase(), [...(definitions.get(short.toUpperCase()) ?? []), ...fitting]);
  }
  return definitions;
}

import type { Mention } from '../article/mention.js';
import type { ListEntry } from '../sanctions-lists/list.js';
import { NAME_PARTICLES, nameKey, nameTokens, personName, spellingKey } from '../sanctions-lists/names.js';
import { readClause } from './link-mentions.js';

/** A name an article wrote and the look-up keys it is recorded under. */
export interface NamedParty {
  name: string;
  keys: string[];
}

/** Sorted pairs of spelling keys of a personal name's words: "Nicolas Maduro" → "mdr ncls". */
const pairKeys = (words: readonly string[]): string[] => {
  const keys = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j < words.length; j++) keys.add(`P#${[spellingKey(words[i] as string), spellingKey(words[j] as string)].sort().join(' ')}`);
  }
  return [...keys];
};

/** One name's keys: its `nameKey` (two words, or one of four letters or more) and, for two to four words, its person pairs. */
function keysOfName(name: string): string[] {
  const key = nameKey(name);
  const words = nameTokens(name).filter((t) => t.length > 1 && !NAME_PARTICLES.has(t));
  return [...(key.includes(' ') || key.length >= 4 ? [`N#${key}`] : []), ...(words.length >= 2 && words.length <= 4 ? pairKeys(words) : [])];
}

/**
 * The parties an article's mentions name (names in each clause other than countries, and the named
 * actors), each with the keys it is recorded under, so a later designation finds the article.
 */
export function namedParties(text: string, mentions: readonly Mention[]): NamedParty[] {
  const names = new Set<string>();
  for (const mention of mentions) {
    for (const candidate of readClause(text, mention).candidates) names.add(candidate.text);
    for (const actor of [...mention.agents, ...mention.patients]) if (actor.kind !== 'state') names.add(actor.surface);
  }
  return [...names].map((name) => ({ name, keys: keysOfName(name) })).filter((p) => p.keys.length > 0);
}

/**
 * Keys under which articles naming a listed entry were recorded: the `nameKey` of its name and each
 * alias (single words only when not common), and for individuals the pair of first given name and
 * first surname of each.
 */
export function entryKeys(entry: ListEntry, isCommonWord: (word: string) => boolean): string[] {
  const names = [entry.name, ...entry.aliases.map((a) => a.name)];
  if (entry.type === 'individual') {
    return [
      ...new Set(
        names.flatMap((n) => {
          const { given, surnames } = personName(n);
          return given[0] && surnames[0] ? pairKeys([given[0], surnames[0]]) : [];
        }),
      ),
    ];
  }
  return [...new Set(names.map(nameKey).filter((k) => k.includes(' ') || (k.length >= 4 && !isCommonWord(k))).map((k) => `N#${k}`))];
}

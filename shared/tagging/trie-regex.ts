/**
 * A regex source matching any of `words`, shaped as a trie ("s(?:anction|oldier)") so V8 decides
 * each position by one character instead of trying every word in turn: on the anchor pass this
 * measured several times faster than a flat alternation. Hand-written because the packages that
 * do this (regexgen, trie-regex) pull in Unicode tables the tagger does not need; 20 lines.
 * Longer words win over their prefixes ("Equatorial Guinea" over "Equatorial"). Case folding is
 * the caller's flag.
 */
type Node = Map<string, Node>;
const END = '';

const escape = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

export function trieRegex(words: readonly string[], foldCase = false): string {
  const root: Node = new Map();
  for (const w of words) {
    let node = root;
    for (const ch of foldCase ? w.toLowerCase() : w) {
      let next = node.get(ch);
      if (!next) node.set(ch, (next = new Map()));
      node = next;
    }
    node.set(END, new Map());
  }
  const emit = (node: Node): string => {
    const branches = [...node.entries()].filter(([ch]) => ch !== END).map(([ch, child]) => escape(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    return node.has(END) ? `(?:${body})?` : body;
  };
  return emit(root);
}

/**
 * Finds literal words (ASCII, matched case-insensitively) that begin where a word begins: the
 * character before is not an ASCII letter, which is what `(?<![a-z])` with the `i` flag means.
 *
 * Used on each flagged sentence to find, in one pass, every keyword and rule-pattern head (some
 * 600 words), so regexes run only anchored where one occurs. Hand-written because npm
 * Aho–Corasick packages measured 31x–2,760x the floor here, and because only word starts can
 * match, no automaton is needed: from each word start a walk down a flat trie reports every word
 * there, usually after a character or two. Folding is ASCII-only, exactly like a non-Unicode `i`
 * regex over ASCII words.
 */

const A = 65;
const Z = 90;
const a = 97;
const z = 122;
const FOLD = 32;
const ASCII = 128;

const isAsciiLetter = (c: number): boolean => (c >= a && c <= z) || (c >= A && c <= Z);

/** Words found in one text, in text order: `word[i]` (an index into the words) starts at `at[i]`. */
export interface WordHits {
  word: number[];
  at: number[];
}

export class WordStarts {
  /** The trie's edges: `next[node * symbols + symbol]` is the child node, 0 for none (the root is never a child). */
  private readonly next: Int32Array;
  /** For each node, the index of the word ending there, or -1. */
  private readonly wordAt: Int32Array;
  /** Each folded ASCII character's symbol, 0 for characters no word contains: keeps the table small. */
  private readonly symbolOf = new Uint8Array(ASCII);
  private readonly symbols: number;

  /** `words` must be at least two ASCII characters, starting with a letter; matching ignores ASCII case. */
  constructor(readonly words: readonly string[]) {
    const folded = words.map((word) => {
      if (!/^[A-Za-z][\x00-\x7f]+$/.test(word)) {
        throw new Error(`WordStarts: "${word}" must be ASCII, start with a letter and have two or more characters`);
      }
      return word.toLowerCase();
    });
    let symbols = 1;
    for (const word of folded) for (const ch of word) if (this.symbolOf[ch.charCodeAt(0)] === 0) this.symbolOf[ch.charCodeAt(0)] = symbols++;
    this.symbols = symbols;
    const nodes = 1 + folded.reduce((n, w) => n + w.length, 0);
    this.next = new Int32Array(nodes * symbols);
    this.wordAt = new Int32Array(nodes).fill(-1);
    let used = 1;
    folded.forEach((word, index) => {
      let node = 0;
      for (const ch of word) {
        const edge = node * symbols + (this.symbolOf[ch.charCodeAt(0)] as number);
        if (this.next[edge] === 0) this.next[edge] = used++;
        node = this.next[edge] as number;
      }
      if (this.wordAt[node] === -1) this.wordAt[node] = index;
    });
  }

  /** Every word starting a word in `text`, in text order; at one offset, shorter words first. */
  findAll(text: string): WordHits {
    const hits: WordHits = { word: [], at: [] };
    let afterLetter = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const letter = isAsciiLetter(c);
      if (letter && !afterLetter) this.walk(text, i, hits);
      afterLetter = letter;
    }
    return hits;
  }

  private walk(text: string, at: number, hits: WordHits): void {
    let node = 0;
    for (let k = at; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c >= ASCII) return;
      const symbol = this.symbolOf[c >= A && c <= Z ? c + FOLD : c] as number;
      if (symbol === 0) return;
      node = this.next[node * this.symbols + symbol] as number;
      if (node === 0) return;
      const word = this.wordAt[node] as number;
      if (word >= 0) {
        hits.word.push(word);
        hits.at.push(at);
      }
    }
  }
}

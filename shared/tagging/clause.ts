/**
 * Start of the clause holding `at`: after the last comma, semicolon, colon, bracket, dash or
 * quote before it, or at the last subordinating word ("as Moscow inserts...", "that the US
 * will..."), which stays inside the clause so its modal force is seen.
 */
const BOUNDARY = /[,;:()"\u2014]|\s-\s|\b(?:as|while|because|after|before|when|whereas|although|though|but|and|that|which|who|whom|where|unless|if|since|until|so|or|whether)\b/gi;

export function clauseStart(text: string, sentenceStart: number, at: number): number {
  const span = text.slice(sentenceStart, at);
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(span); m !== null; m = BOUNDARY.exec(span)) {
    start = /^\w/.test(m[0]) ? m.index : m.index + m[0].length;
  }
  return sentenceStart + start;
}

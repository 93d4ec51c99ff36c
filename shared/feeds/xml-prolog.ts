import { InvalidFeedError } from '../errors.js';

const NAME = /[A-Za-z_][\w.:-]*/y;

/**
 * Reads an XML document's prolog (declaration, processing instructions, comments, DOCTYPE) and returns the
 * root element's name, or undefined when the text does not start like XML.
 *
 * Refuses a DOCTYPE with an internal subset (`<!DOCTYPE x [ ... ]>`): that is where entity declarations
 * live, and with them "billion laughs" expansion and external entities (`SYSTEM "file:///etc/passwd"`).
 * feedsmith runs fast-xml-parser with `processEntities: false`, so declared entities are not expanded
 * today (the tests pin that); refusing here keeps the guarantee if a parser upgrade changes it, and gives
 * a clear reason. No real feed needs an internal subset; a plain external DOCTYPE (RSS 0.91) is allowed
 * and never fetched.
 */
export function xmlRootName(text: string): string | undefined {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s|\uFEFF/.test(text[i]!)) i++;
    if (text.startsWith('<?', i)) i = endOf(text, '?>', i, 'processing instruction');
    else if (text.startsWith('<!--', i)) i = endOf(text, '-->', i, 'comment');
    else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') i = endOfDoctype(text, i);
    else if (text[i] === '<') {
      NAME.lastIndex = i + 1;
      return NAME.exec(text)?.[0];
    } else return undefined;
  }
}

function endOf(text: string, terminator: string, from: number, what: string): number {
  const at = text.indexOf(terminator, from);
  if (at === -1) throw new InvalidFeedError(`feed is not well-formed XML: unterminated ${what} in the prolog`);
  return at + terminator.length;
}

function endOfDoctype(text: string, from: number): number {
  const close = text.indexOf('>', from);
  if (text.slice(from, close === -1 ? undefined : close).includes('[')) {
    throw new InvalidFeedError(
      'feed declares a DTD internal subset (<!DOCTYPE … [ … ]>): refused, because its entity declarations can expand without limit or read local files',
    );
  }
  if (close === -1) throw new InvalidFeedError('feed is not well-formed XML: unterminated DOCTYPE');
  return close + 1;
}

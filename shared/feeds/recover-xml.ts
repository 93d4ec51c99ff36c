import { Parser } from 'htmlparser2';

const BARE_AMPERSAND = /&(?!#\d+;|#x[0-9a-f]+;|[a-z_][\w.-]*;)/gi;

const escapeText = (text: string) => text.replace(BARE_AMPERSAND, '&amp;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Writes possibly ill-formed XML out again as well-formed XML, as a lenient tokenizer reads it
 * (htmlparser2 in XML mode, already the HTML parser's engine): an end tag closes every element left
 * open inside it, an end tag that closes nothing is dropped, elements still open at the end are
 * closed, bare `&` are escaped. Entity references, CDATA sections and attributes are kept as written;
 * comments, processing instructions and the doctype are dropped. `rename` may change element names
 * (to drop a namespace prefix). One pass, linear in the input.
 */
export function rewriteWellFormed(xml: string, rename: (name: string) => string = (name) => name): string {
  const out: string[] = [];
  let inCdata = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const written = Object.entries(attributes).map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`);
        out.push(`<${rename(name)}${written.join('')}>`);
      },
      onclosetag(name) {
        out.push(`</${rename(name)}>`);
      },
      ontext(text) {
        out.push(inCdata ? text : escapeText(text));
      },
      oncdatastart() {
        inCdata = true;
        out.push('<![CDATA[');
      },
      oncdataend() {
        inCdata = false;
        out.push(']]>');
      },
    },
    { xmlMode: true, decodeEntities: false },
  );
  parser.end(xml);
  return out.join('');
}

/** A `rename` for `rewriteWellFormed` that drops one namespace prefix (`rss:item` → `item`). */
export const withoutPrefix =
  (prefix: string) =>
  (name: string): string =>
    name.startsWith(`${prefix}:`) ? name.slice(prefix.length + 1) : name;

/** Entries closed with an end tag (`</item>`, `</entry>`, any prefix): those a cut-off document holds whole. */
export function closedEntryCount(xml: string): number {
  const closing = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/gi;
  let count = 0;
  while (closing.exec(xml) !== null) count++;
  return count;
}

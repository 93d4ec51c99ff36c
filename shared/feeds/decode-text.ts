const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The charset parameter of a Content-Type header, e.g. `text/xml; charset="ISO-8859-2"` → `ISO-8859-2`. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

/** The encoding named in an XML declaration (`<?xml version="1.0" encoding="gb2312"?>`), read as ASCII. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

/** The charset of a `<meta charset>` or `<meta http-equiv content="...; charset=">` in the first KiB, as browsers prescan. */
export function htmlMetaCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1];
}

/**
 * The charset the first bytes prove: a byte-order mark, or (XML 1.0 Appendix F) the first characters
 * of `<?xml` written in UTF-16 or UTF-32 without one.
 */
function sniffedCharset(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0x00 && b === 0x3c && c === 0x00 && d === 0x3f) return 'utf-16be';
  if (a === 0x3c && b === 0x00 && c === 0x3f && d === 0x00) return 'utf-16le';
  return undefined;
}

const UTF32 = /^(?:utf-?32|ucs-?4)(?:-?(be|le))?$/i;

/**
 * UTF-32, which Node's `TextDecoder` does not offer: four bytes per code point. Big-endian unless
 * the label or a byte-order mark says little; the mark itself is dropped, as TextDecoder drops one.
 */
function decodeUtf32(bytes: Uint8Array, label: string): string {
  let littleEndian = UTF32.exec(label)?.[1]?.toLowerCase() === 'le';
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) [littleEndian, start] = [true, 4];
  else if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) [littleEndian, start] = [false, 4];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: string[] = [];
  const codePoints: number[] = [];
  for (let i = start; i + 4 <= bytes.byteLength; i += 4) {
    const codePoint = view.getUint32(i, littleEndian);
    codePoints.push(codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff) ? codePoint : 0xfffd);
    // Chunks keep String.fromCodePoint's argument list within the engine's limits.
    if (codePoints.length === 8192) chunks.push(String.fromCodePoint(...codePoints.splice(0)));
  }
  chunks.push(String.fromCodePoint(...codePoints));
  return chunks.join('');
}

/**
 * windows-1252's characters for bytes 0x80–0x9F (undefined bytes stay as they are). Node 20's
 * `TextDecoder('windows-1252')` (and every label WHATWG maps to it: iso-8859-1, us-ascii, latin1)
 * decodes these bytes as ISO-8859-1's C1 controls, so smart quotes and dashes come out as
 * invisible control characters; this table puts them right.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(decoded: string): string {
  return decoded.replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** A decoder for `label` (a WHATWG encoding label, as Node's full-ICU `TextDecoder` knows them), or undefined. */
function decoderFor(label: string): ((bytes: Uint8Array) => string) | undefined {
  if (UTF32.test(label)) return (bytes) => decodeUtf32(bytes, label);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return undefined;
  }
  if (decoder.encoding === 'windows-1252') return (bytes) => windows1252(decoder.decode(bytes));
  return (bytes) => decoder.decode(bytes);
}

/**
 * Decodes a document's bytes with the most authoritative usable charset: what the first bytes prove
 * (a byte-order mark, or UTF-16/32 `<?xml`), then each `declared` charset in the caller's order of
 * authority (unknown names are skipped), then UTF-8. Undeclared bytes that are not valid UTF-8 are
 * read as windows-1252, as browsers do, since old Latin-1 feeds often omit their declaration.
 * A leading BOM never reaches the text. Node's `TextDecoder` (full ICU) does the decoding.
 */
export function decodeText(bytes: Uint8Array, declared: readonly (string | undefined)[]): string {
  const sniffed = sniffedCharset(bytes);
  if (sniffed !== undefined) return decoderFor(sniffed)!(bytes);
  for (const name of declared) {
    const decode = name === undefined ? undefined : decoderFor(name.trim());
    if (decode !== undefined) return decode(bytes);
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return decoderFor('windows-1252')!(bytes);
  }
}

/**
 * Decodes an HTML page as a browser would choose its charset: the HTTP Content-Type's charset, then a
 * `<meta charset>` in the first KiB, then UTF-8 or windows-1252 (see `decodeText`).
 */
export function decodeHtmlPage(bytes: Uint8Array, contentType: string | undefined): string {
  return decodeText(bytes, [charsetFromContentType(contentType), htmlMetaCharset(bytes)]);
}

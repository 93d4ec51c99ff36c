import iconv from 'iconv-lite';

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

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a document's bytes with the most authoritative usable charset: the byte-order mark, then each
 * `declared` charset in the caller's order of authority (unknown names are skipped), then UTF-8.
 * Undeclared bytes that are not valid UTF-8 are read as windows-1252, as browsers do, since old
 * Latin-1 feeds often omit their declaration. A leading BOM never reaches the text.
 */
export function decodeText(bytes: Uint8Array, declared: readonly (string | undefined)[]): string {
  const charset =
    bomCharset(bytes) ??
    declared.find((name): name is string => name !== undefined && iconv.encodingExists(name)) ??
    (isValidUtf8(bytes) ? 'utf-8' : 'windows-1252');
  return iconv.decode(bytes, charset);
}

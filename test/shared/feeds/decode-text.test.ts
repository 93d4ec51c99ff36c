import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeHtmlPage, decodeText, htmlMetaCharset, xmlDeclaredEncoding } from '../../../shared/feeds/decode-text.js';

/** 'Łódź' in ISO-8859-2, and 'naïve “quotes”' in windows-1252: bytes as legacy feeds send them. */
const latin2 = new Uint8Array([0xa3, 0xf3, 0x64, 0xbc]);
const cp1252 = new Uint8Array([0x6e, 0x61, 0xef, 0x76, 0x65, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x73, 0x94]);

function utf32(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const codePoints = [...(bom ? '\uFEFF' : ''), ...text].map((c) => c.codePointAt(0)!);
  const view = new DataView(new ArrayBuffer(codePoints.length * 4));
  codePoints.forEach((codePoint, i) => view.setUint32(i * 4, codePoint, littleEndian));
  return new Uint8Array(view.buffer);
}

describe('decodeText', () => {
  it('uses the first declared charset it knows', () => {
    expect(decodeText(latin2, [undefined, 'no-such-charset', 'ISO-8859-2', 'utf-8'])).toBe('Łódź');
  });

  it('lets a BOM outrank any declaration, and strips it', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Ünï')]);

    expect(decodeText(withBom, ['iso-8859-1'])).toBe('Ünï');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00]), ['utf-8'])).toBe('hé');
  });

  it('defaults to UTF-8, and reads undeclared non-UTF-8 bytes as windows-1252', () => {
    expect(decodeText(new TextEncoder().encode('naïve “quotes”'), [])).toBe('naïve “quotes”');
    expect(decodeText(cp1252, [])).toBe('naïve “quotes”');
  });

  it('reads bytes 0x80–0x9F of a feed declared ISO-8859-1 as windows-1252, as browsers do (not as C1 controls)', () => {
    expect(decodeText(cp1252, ['ISO-8859-1'])).toBe('naïve “quotes”');
    expect(decodeText(new Uint8Array([0x80, 0x20, 0x96, 0x20, 0x85]), ['us-ascii'])).toBe('€ – …');
  });

  it.each([
    ['big5', [0xa8, 0xee, 0xb5, 0xf4], '制裁'],
    ['shift_jis', [0x90, 0xa7, 0x8d, 0xd9], '制裁'],
    ['euc-kr', [0xc1, 0xa6, 0xc0, 0xe7], '제재'],
    ['koi8-r', [0xd3, 0xc1, 0xce, 0xcb, 0xc3, 0xc9, 0xc9], 'санкции'],
    ['windows-1251', [0xf1, 0xe0, 0xed, 0xea, 0xf6, 0xe8, 0xe8], 'санкции'],
    ['gb18030', [0xd6, 0xc6, 0xb2, 0xc3], '制裁'],
  ])('decodes %s with Node\'s own TextDecoder', (charset, bytes, text) => {
    expect(decodeText(new Uint8Array(bytes), [charset])).toBe(text);
  });

  it.each([
    ['UTF-32 big-endian with a BOM', utf32('<?xml version="1.0"?><rss/>', false, true), []],
    ['UTF-32 little-endian with a BOM', utf32('<?xml version="1.0"?><rss/>', true, true), []],
    ['UTF-32 little-endian without a BOM, from its first bytes', utf32('<?xml version="1.0"?><rss/>', true, false), []],
    ['UTF-32 declared by label', utf32('<?xml version="1.0"?><rss/>', false, false), ['UTF-32']],
    ['UTF-16 big-endian without a BOM, from its first bytes', new Uint8Array([...'<?xml version="1.0"?><rss/>'].flatMap((c) => [0, c.charCodeAt(0)])), []],
  ])('decodes %s', (_what, bytes, declared) => {
    expect(decodeText(bytes, declared)).toBe('<?xml version="1.0"?><rss/>');
  });
});

describe('decodeHtmlPage', () => {
  const page = (charsetMeta: string, body: number[]) => new Uint8Array([...new TextEncoder().encode(charsetMeta), ...body]);

  it('takes the HTTP charset over the page\'s <meta charset>', () => {
    expect(decodeHtmlPage(page('<meta charset="gb2312">', [0xa3, 0xf3, 0x64, 0xbc]), 'text/html; charset=iso-8859-2')).toBe('<meta charset="gb2312">Łódź');
  });

  it('falls back to the <meta charset> when the header names none', () => {
    expect(decodeHtmlPage(page('<meta charset="gb2312">', [0xd6, 0xc6, 0xb2, 0xc3]), 'text/html')).toBe('<meta charset="gb2312">制裁');
  });

  it.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'windows-1251'],
    ['<p>no meta</p>', undefined],
  ])('reads the charset of %s', (head, charset) => {
    expect(htmlMetaCharset(new TextEncoder().encode(head))).toBe(charset);
  });
});

describe('charset sources', () => {
  it.each([
    ['application/rss+xml; charset=ISO-8859-2', 'ISO-8859-2'],
    ['text/xml;charset="gb2312"', 'gb2312'],
    ['text/xml', undefined],
    [undefined, undefined],
  ])('Content-Type %s → %s', (header, charset) => {
    expect(charsetFromContentType(header)).toBe(charset);
  });

  it.each([
    ['<?xml version="1.0" encoding="gb2312"?><rss/>', 'gb2312'],
    ["\n <?xml version='1.0' encoding='ISO-8859-2' standalone='yes'?>", 'ISO-8859-2'],
    ['<?xml version="1.0"?><rss/>', undefined],
    ['<rss encoding="utf-16"/>', undefined],
  ])('XML declaration %j → %s', (head, encoding) => {
    expect(xmlDeclaredEncoding(new TextEncoder().encode(head))).toBe(encoding);
  });
});

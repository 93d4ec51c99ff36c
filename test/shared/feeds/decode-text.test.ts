import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeText, xmlDeclaredEncoding } from '../../../shared/feeds/decode-text.js';

const latin2 = iconv.encode('Łódź', 'iso-8859-2');

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
    expect(decodeText(iconv.encode('naïve “quotes”', 'windows-1252'), [])).toBe('naïve “quotes”');
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

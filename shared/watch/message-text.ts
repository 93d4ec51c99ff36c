import { getDomain, getHostname } from 'tldts';

/**
 * Limits of the channels an alert goes through. SNS refuses a message over 256 KiB (body and attributes
 * together) and a subject of 100 characters or more; an SMS past one GSM-7 segment is split and billed
 * per part. Alerts are built inside these by construction: every variable part is capped.
 */
export const SNS_MESSAGE_MAX_BYTES = 256 * 1024;
export const SNS_SUBJECT_MAX_CHARS = 99;
/** One GSM-7 segment, in septets. */
export const SMS_MAX_SEPTETS = 160;

/**
 * An email body's budget in UTF-8 bytes. The SNS message carries the body once, JSON-escaped (at most
 * doubling it), beside a compact JSON of the alert and the SMS: 80 KiB keeps the whole under 256 KiB.
 */
export const MAX_EMAIL_BYTES = 80 * 1024;

/** The longest link shown; a longer one is not a link a reader should follow, so only its domain is shown. */
export const MAX_LINK_CHARS = 2_048;
/** Headlines are shown up to this length. */
export const MAX_TITLE_CHARS = 300;
/** Evidence sentences are shown up to this length. */
export const MAX_EVIDENCE_CHARS = 400;

export const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 3).trimEnd()}...`;

const utf8 = new TextEncoder();
const utf8Bytes = (text: string): number => utf8.encode(text).length;

/**
 * Text cut to at most `maxBytes` of UTF-8, ending with a note that it was cut. Every part of a message
 * is capped in characters already; this bounds the bytes when those characters are three-byte script.
 */
export function capBytes(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const note = '\n\n[cut to fit the message size limit]';
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (utf8Bytes(text.slice(0, mid)) + note.length <= maxBytes) low = mid;
    else high = mid - 1;
  }
  // Never end on the first half of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(low - 1)) ? low - 1 : low;
  return `${text.slice(0, end)}${note}`;
}

/** One line: line breaks and control characters (a forged "Link:" line in a title) become spaces. */
export const oneLine = (text: string, max: number): string =>
  truncate(text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim(), max);

/**
 * Plain ASCII on one line: typographic quotes, dashes and ellipses become their plain forms, accents are
 * dropped, and the grave accent (outside GSM-7) becomes an apostrophe. SNS subjects must be printable
 * ASCII, and an SMS with any character outside the GSM alphabet is sent as UCS-2, 70 characters a segment.
 */
export const plainAscii = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u2018\u2019\u201A\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7E]/g, '')
    .trim();

/** GSM 03.38 extension characters: each takes two septets (an escape and the character). */
const GSM_EXTENSION = /[[\]{}\\~^|]/g;

/** Septets a plain-ASCII text takes in GSM-7. */
export const gsmSeptets = (asciiText: string): number => asciiText.length + (asciiText.match(GSM_EXTENSION)?.length ?? 0);

/** Cuts plain-ASCII text to at most `max` septets, marking the cut. */
export const truncateSeptets = (asciiText: string, max: number): string => {
  if (gsmSeptets(asciiText) <= max) return asciiText;
  let cut = asciiText.slice(0, max - 3);
  while (gsmSeptets(cut) > max - 3) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}...`;
};

/**
 * An SMS of one GSM-7 segment: the text, then the link when there is room for both. The link matters
 * more than the end of the text, so the text is what gets cut; a link too long to leave room for 40
 * septets of text is dropped instead.
 */
export function fitSms(text: string, link: string | undefined): string {
  const body = plainAscii(text);
  const tail = link && link.length <= MAX_LINK_CHARS ? ` ${plainAscii(link)}` : '';
  return tail && gsmSeptets(tail) + 40 <= SMS_MAX_SEPTETS
    ? truncateSeptets(body, SMS_MAX_SEPTETS - gsmSeptets(tail)) + tail
    : truncateSeptets(body, SMS_MAX_SEPTETS);
}

/** SNS subjects: printable ASCII, one line, under 100 characters, `prefix` (the alert id) always kept whole. */
export const snsSubject = (prefix: string, text: string): string =>
  `${prefix}${truncate(plainAscii(text), SNS_SUBJECT_MAX_CHARS - prefix.length)}`;

/** The registrable domain of a link ("bbc.co.uk" for www.bbc.co.uk), or its host when it is an IP or a bare name. */
export function linkDomain(url: string): string | undefined {
  return getDomain(url) ?? getHostname(url) ?? undefined;
}

/** A link as shown in a message: whole when short enough to follow, otherwise only its domain. */
export const showLink = (url: string): string =>
  url.length <= MAX_LINK_CHARS ? oneLine(url, MAX_LINK_CHARS) : `(a ${url.length}-character link on ${linkDomain(url) ?? 'an unknown site'}, not shown)`;

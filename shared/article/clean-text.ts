/**
 * Scrape artefacts: page furniture that scrapers and feeds glue into article text. Every pattern
 * matches a WHOLE line (after trimming), so a sentence that merely contains the words is kept.
 */
const ARTEFACT_LINES: readonly RegExp[] = [
  /^(?:related|more related|top) (?:story|stories|articles?|content|coverage|links|topics|reading|videos?)$/i,
  /^(?:read|see) (?:more|next|also)$/i,
  /^more (?:on|about) this (?:story|topic)$/i,
  /^(?:advertisement|advertising|sponsored|ad)$/i,
  /^(?:story|article|content) continues (?:below|after)(?: (?:the )?(?:advertisement|advert|ad))?$/i,
  /^(?:continue reading|scroll to continue(?: with content)?)$/i,
  /^share (?:this|the) (?:article|story|page|post)(?: on \w+)?$/i,
  /^(?:share|tweet|copy link|share on (?:facebook|twitter|x|whatsapp|linkedin|email))$/i,
  /^(?:skip past|after) newsletter promotion$/i,
];

/** Artefacts that introduce a link or promotion: the prefix, then a short headline or call to action. */
const ARTEFACT_PREFIXED_LINES: readonly RegExp[] = [
  /^(?:read more|read next|more|related|see also|also read|watch|listen)\s*:\s*\S/i,
  /^click here to\s/i,
  /^(?:sign up|subscribe)(?: now)? (?:to|for) (?:our|the)\b.*\bnewsletters?\b/i,
  /^the post .+ appeared first on .+\.?$/i,
];

/** A prefixed artefact longer than this is more likely prose than a link. */
const MAX_PREFIXED_ARTEFACT_WORDS = 30;
/** Headlines in a trailing link list are short. */
const MAX_HEADLINE_WORDS = 20;

/** Headings that open a trailing list of links to other stories. */
const LINK_LIST_HEADING = /^(?:related|more related|top) (?:story|stories|articles?|content|coverage|links|reading)$|^(?:read more|more on this story|more stories|most read|you may also like)$/i;

/** An artefact glued to the final sentence with no line break ("…abandon him.Related Story"). */
const GLUED_TRAILING_ARTEFACT =
  /([.!?]["'”’)]?)\s*(?:Related (?:Story|Stories|Articles?)|Read more|Advertisement|Share this article)\s*$/;

const wordCount = (line: string) => line.split(/\s+/).filter(Boolean).length;

/** Trailing punctuation tolerated on an artefact line ("Related stories:", "Read more »"). */
const stripDecoration = (line: string) => line.replace(/\s*[:»›>→…|]+$/u, '').trim();

function isArtefactLine(line: string): boolean {
  const bare = stripDecoration(line);
  if (bare === '') return false;
  if (ARTEFACT_LINES.some((pattern) => pattern.test(bare))) return true;
  return wordCount(line) <= MAX_PREFIXED_ARTEFACT_WORDS && ARTEFACT_PREFIXED_LINES.some((pattern) => pattern.test(line));
}

/** Headline-like: short and not ending as a sentence does. */
function isHeadlineLike(line: string): boolean {
  return wordCount(line) <= MAX_HEADLINE_WORDS && !/[.!]["'”’)]?$/.test(line);
}

/** Drops a "Related stories" heading at the end together with the headlines listed under it. */
function dropTrailingLinkList(lines: string[]): string[] {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (LINK_LIST_HEADING.test(stripDecoration(line))) return lines.slice(0, i);
    if (!isHeadlineLike(line)) return lines;
  }
  return lines;
}

/**
 * Removes scrape artefacts that are not article text: whole lines such as "Related Story",
 * "Advertisement", "Read more: …", "Sign up to our newsletter …", a trailing list of related
 * headlines, and an artefact glued to the end of the last sentence. Paragraph breaks are kept.
 *
 * @example
 *   stripScrapeArtefacts('They called on him to resign.\nRelated Story') // 'They called on him to resign.'
 */
export function stripScrapeArtefacts(text: string): string {
  return dropTrailingLinkList(text.split('\n'))
    .filter((line) => !isArtefactLine(line.trim()))
    .join('\n')
    .replace(GLUED_TRAILING_ARTEFACT, '$1')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAY = 'mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
/** Tokens a date or time line is made of: months, weekdays, numbers, clock times, zones and "ago". */
const DATE_TOKEN = new RegExp(
  `^(?:${MONTH}|${WEEKDAY}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:am|pm)?|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|bst|cet|cest|[ecmp][sd]t|z|t|at|on|ago|mins?|minutes?|hours?|hrs?|days?|weeks?|updated|published|posted|last|first|modified)$`,
  'i',
);

/** Date tokens that only a date or time has: a month, a weekday, a clock time, "ago". */
const STRONG_DATE_TOKEN = new RegExp(`^(?:${MONTH}|${WEEKDAY}|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:am|pm)?|ago)$`, 'i');

/**
 * A line that is a date, a time or a timestamp, with at most one other word (a section name:
 * "Politics / January 11, 2024"). "Chapter 3" or "Article 5" is not: a number alone is no date.
 */
function isDateLine(line: string): boolean {
  if (!/\d/.test(line) || line.length > 80) return false;
  const words = line
    .split(/[\s,|/•·—–()]+|(?<=\d)T(?=\d)|(?<=\d)(?=[a-z])|(?<=\d)-(?=\d)/i)
    .map((word) => word.replace(/[.:]$/, '').toLowerCase())
    .filter(Boolean);
  const other = words.filter((word) => !DATE_TOKEN.test(word));
  return other.length <= 1 && words.some((word) => STRONG_DATE_TOKEN.test(word));
}

/** Lines that are page furniture wherever they appear in an extracted page. */
const PAGE_FURNITURE_LINES: readonly RegExp[] = [
  // Live-blog entry stamps before a name or label: "20:42KEY EVENT", "21 mins ago11:48 Jon King".
  /^\d{1,2}:\d{2}(?=\p{L})\S*(?:\s+\S+){0,3}$/u,
  /^\d+\s+(?:mins?|minutes?|hours?|hrs?)\s+ago\s*\d{1,2}:\d{2}\b(?:\s*\S+){0,3}$/i,
  /^key events?$/i,
  /^\d+\s*(?:-\s*)?min(?:ute)?s?\s+(?:read|listen)\b/i,
  /^(?:this (?:article|post|story|page) (?:contains|may contain|includes) affiliate links|if you (?:buy|purchase|click)\b.{0,120}\b(?:earn|receive)\b.{0,20}\bcommission)/i,
  /^(?:to view this video|please enable javascript|javascript is (?:disabled|required))\b/i,
  /\b(?:read|see) our privacy policy\.?$|\bjoin us on (?:whatsapp|telegram|facebook|x|twitter)\b/i,
  /^(?:[\p{L}.'’/-]+\s+){0,4}(?:getty images|getty|afp|epa(?:-efe)?|reuters|ap photo|pa media|pa wire|shutterstock|alamy|bloomberg)(?:\s*(?:\/|via)\s*(?:getty images|afp|epa|reuters|ap|shutterstock|alamy))?$/iu,
];

/** Lines that are furniture at the head of a page, before the story starts. */
const HEAD_FURNITURE_LINES: readonly RegExp[] = [
  // Each name word must end where a non-letter follows, so no word can be split two ways (no backtracking blow-up).
  /^[Bb]y\s+(?:(?:[\p{Lu}][\p{L}'’.-]*|and|for|in|the|&)(?![\p{L}'’.-])[\s,]*)+$/u,
  /^(?:published|updated|posted|last updated|first published)\b.{0,80}\d/i,
  /^(?:share|listen|save|print|comments?|follow)(?:\s+(?:this|article|story))?$/i,
  /^(?:posted|written|published) (?:on|by|in)\b.{0,80}$/i,
  /^(?:estimated )?reading time\b.{0,30}$/i,
];

/** Lines that are furniture at the tail of a page, after the story ends. */
const TAIL_FURNITURE_LINES: readonly RegExp[] = [
  /^\(?(?:reporting|additional reporting|writing|editing|compiled|research|graphics?) by\b/i,
  /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?\)?$/i,
  /^our standards\b/i,
  /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i,
  /^(?:follow|like|join)\b.{0,60}\b(?:on|via) (?:twitter|facebook|instagram|x|threads|linkedin|whatsapp|telegram|google news)\b/i,
  /^(?:sign up|subscribe|get (?:our|the) (?:free )?newsletter|log ?in|sign in|register)\b/i,
  /\b(?:sign(?:ing)? up|subscrib\w*)\b.{0,80}\bnewsletters?\b/i,
  /\bget in touch\b|^got a (?:story|tip)\b|^(?:email|contact) us\b/i,
  /^for more (?:stories|news|articles) like this\b/i,
  // Reprint notices and disclaimers.
  /^(?:this (?:article|story|post|piece) (?:was |is )?(?:originally |first )?(?:published|appeared)|(?:re)?published with permission|reprinted (?:with permission|from)|originally published (?:in|on|at|by))\b/i,
  /^(?:disclaimer\b|the views (?:and opinions )?expressed\b)/i,
  // Blog footers: sharing and like widgets, categories, tags, comment counts.
  /^(?:share this|like this|like|loading\.*|like loading\.*)\s*:?$/i,
  /^(?:posted in|filed under)\b.{0,200}$|^(?:categories|tags?|tagged(?: with)?)\s*:\s*.{0,200}$/i,
  /^(?:leave a (?:comment|reply)|\d+ (?:comments?|replies|responses)|no comments(?: yet)?)\.?$/i,
  // An author bio: a name, then what the author does.
  /^(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer|critic)\b/u,
  /^(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}(?:covers|writes about|reports on)\b/u,
];

const MAX_FURNITURE_LINE_WORDS = 60;
/** A line of story: a sentence this long, ending as sentences do. Head and tail furniture lies outside them. */
const MIN_PROSE_WORDS = 12;

const isProse = (line: string) => wordCount(line) >= MIN_PROSE_WORDS && /[.!?]["'”’)]?$/.test(line) && !matchesAny(line, TAIL_FURNITURE_LINES);

/** A line an author name alone makes up ("Duncan Walker" under the headline or above the bio). */
const isAuthorLine = (line: string, authors: readonly string[]) => authors.some((name) => name.localeCompare(line, undefined, { sensitivity: 'base' }) === 0);

function matchesAny(line: string, patterns: readonly RegExp[]): boolean {
  return wordCount(line) <= MAX_FURNITURE_LINE_WORDS && patterns.some((pattern) => pattern.test(line));
}

/**
 * Removes the furniture an article page leaves around its story: bylines, datelines, reading times
 * and share prompts at the head; credits, copyright, follow and sign-up prompts and author bios at
 * the tail; and, anywhere, timestamp lines, photo-agency credits and affiliate disclosures. Head and
 * tail patterns apply only before the first and after the last sentence-length line of story, so a
 * line inside the story is never touched by them. `authors` (from the page's metadata) also removes lines that
 * are just an author's name.
 * Bounded: one pass over the lines, and a line longer than `MAX_FURNITURE_LINE_WORDS` is tested by
 * no pattern; the patterns are anchored with bounded repeats, so none can backtrack without limit.
 *
 * @example
 *   trimPageFurniture('By Jane Doe\n\nTroops arrived on Sunday.\n\nReporting by Jane Doe', [])
 *   // 'Troops arrived on Sunday.'
 */
export function trimPageFurniture(text: string, authors: readonly string[] = []): string {
  const lines = text.split('\n').filter((line) => {
    const bare = line.trim();
    return !(bare !== '' && (isDateLine(bare) || isAuthorLine(bare, authors) || matchesAny(bare, PAGE_FURNITURE_LINES)));
  });
  const prose = lines.map((line) => isProse(line.trim()));
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  return lines
    .filter((line, index) => {
      const bare = line.trim();
      if (firstProse === -1 || index < firstProse) return !matchesAny(bare, HEAD_FURNITURE_LINES);
      return index <= lastProse || !matchesAny(bare, TAIL_FURNITURE_LINES);
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

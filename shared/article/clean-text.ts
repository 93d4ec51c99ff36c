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

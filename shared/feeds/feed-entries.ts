import type { AnyFeed, AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';

/** What Tocsin needs from one feed entry, whatever the format. Values are as the feed gives them. */
export interface EntryFields {
  link?: string;
  title?: string;
  /** Full content (content:encoded, Atom content, JSON content_html/content_text). */
  content?: EntryText;
  /** Description or summary, usually a teaser. */
  summary?: EntryText;
  date?: string;
  guid?: string;
  /** xml:base in scope for this entry, innermost first. */
  bases: string[];
}

export interface EntryText {
  value: string;
  /** undefined when the format does not say, so the text is sniffed for markup. */
  isHtml?: boolean;
}

export interface FeedContents {
  title?: string;
  entries: EntryFields[];
}

const HTTP_URL = /^https?:\/\//i;

function text(value: string | undefined, isHtml?: boolean): EntryText | undefined {
  return value === undefined || value.trim() === '' ? undefined : { value, isHtml };
}

function defined(...values: (string | undefined)[]): string[] {
  return values.filter((value): value is string => value !== undefined);
}

function rssEntry(item: RssFeed.Item<string>, feedBase: string | undefined): EntryFields {
  // RSS 2.0: a guid is the item's permalink unless isPermaLink="false".
  const permalink = item.guid?.isPermaLink !== false && HTTP_URL.test(item.guid?.value ?? '') ? item.guid?.value : undefined;
  return {
    link: item.link ?? permalink ?? atomAlternate(item.atom?.links),
    title: item.title ?? item.dc?.titles?.[0],
    content: text(item.content?.encoded),
    summary: text(item.description),
    date: item.pubDate ?? item.dc?.dates?.[0] ?? item.atom?.published ?? item.atom?.updated,
    guid: item.guid?.value,
    bases: defined(item.xml?.base, feedBase),
  };
}

function atomAlternate(links: AtomFeed.Link<string>[] | undefined): string | undefined {
  const alternates = (links ?? []).filter((link) => link.rel === undefined || link.rel === 'alternate');
  return (alternates.find((link) => link.type === undefined || /html/i.test(link.type)) ?? alternates[0])?.href;
}

function atomText(value: AtomFeed.Text | AtomFeed.Content | undefined): EntryText | undefined {
  if (value?.value === undefined) return undefined;
  const type = value.type?.toLowerCase();
  return text(value.value, type === undefined ? undefined : type === 'html' || type === 'xhtml' || type.includes('html'));
}

function atomEntry(entry: AtomFeed.Entry<string>, feedBase: string | undefined): EntryFields {
  return {
    // Many feeds make the id the permalink and give no alternate link.
    link: atomAlternate(entry.links) ?? (HTTP_URL.test(entry.id ?? '') ? entry.id : undefined),
    title: entry.title?.value,
    content: atomText(entry.content),
    summary: atomText(entry.summary),
    date: entry.published ?? entry.updated ?? entry.dc?.dates?.[0],
    guid: entry.id,
    bases: defined(entry.xml?.base, feedBase),
  };
}

function rdfEntry(item: RdfFeed.Item<string>, feedBase: string | undefined): EntryFields {
  return {
    link: item.link ?? item.rdf?.about,
    title: item.title ?? item.dc?.titles?.[0],
    content: text(item.content?.encoded),
    summary: text(item.description),
    date: item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0] ?? item.dcterms?.modified?.[0],
    guid: item.rdf?.about,
    bases: defined(item.xml?.base, feedBase),
  };
}

function jsonEntry(item: JsonFeed.Item<string>): EntryFields {
  return {
    link: item.url ?? item.external_url,
    title: item.title,
    content: text(item.content_html, true) ?? text(item.content_text, false),
    summary: text(item.summary, false),
    date: item.date_published ?? item.date_modified,
    guid: item.id,
    bases: [],
  };
}

/** The feed's title and entries in document order, mapped to format-independent fields. */
export function feedContents(parsed: AnyFeed): FeedContents {
  switch (parsed.format) {
    case 'rss': {
      const base = parsed.feed.xml?.base;
      return { title: parsed.feed.title, entries: (parsed.feed.items ?? []).map((item) => rssEntry(item, base)) };
    }
    case 'atom': {
      const base = parsed.feed.xml?.base;
      return { title: parsed.feed.title?.value, entries: (parsed.feed.entries ?? []).map((entry) => atomEntry(entry, base)) };
    }
    case 'rdf': {
      const base = parsed.feed.xml?.base;
      return { title: parsed.feed.title, entries: (parsed.feed.items ?? []).map((item) => rdfEntry(item, base)) };
    }
    case 'json':
      return { title: parsed.feed.title, entries: (parsed.feed.items ?? []).map(jsonEntry) };
  }
}

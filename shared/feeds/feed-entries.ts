import type { AnyFeed, AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';

/*
 * Format-independent fields of a feed and its entries, as the feed writes them (nothing resolved or
 * converted yet). Which element feeds which field follows the Universal Feed Parser's long-standing
 * mapping, so a feed reads here as it reads in the reference parser: Dublin Core and Media RSS
 * elements stand in for missing core ones, `dc:date` and `dcterms:modified` are update times,
 * `dcterms:issued` a publication time, and an Atom or JSON entry without a summary is summarised by
 * its content.
 */

export interface EntryText {
  value: string;
  /** undefined when the format does not say, so the text is sniffed for markup. */
  isHtml?: boolean;
}

export interface FeedAuthor {
  name?: string;
  email?: string;
  /** The author's page (Atom `uri`, RSS `link`, JSON `url`), as written. */
  href?: string;
}

/** What Tocsin needs from one feed entry, whatever the format. Values are as the feed gives them. */
export interface EntryFields {
  title?: EntryText;
  /** The entry's own link to its page (RSS `<link>`, Atom alternate link, JSON `url`). */
  link?: string;
  /** The entry's id as written: RSS `guid`, Atom `id`, RDF `rdf:about`, JSON `id`. */
  id?: string;
  /** Whether the id is also a permalink to the entry's page (RSS `isPermaLink`, which defaults to true). */
  idIsPermalink: boolean;
  /** Full content (content:encoded, Atom content, JSON content_html/content_text). */
  content?: EntryText;
  /** Description or summary, usually a teaser. */
  summary?: EntryText;
  published?: string;
  updated?: string;
  /** A creation time (`dcterms:created`), used only when the entry has no publication time. */
  created?: string;
  authors: FeedAuthor[];
  /** xml:base in scope for this entry, innermost first. */
  bases: string[];
}

export interface FeedContents {
  title?: EntryText;
  /** The feed's own link to its site, as written. */
  link?: string;
  /** The feed-level xml:base, if any. */
  base?: string;
  entries: EntryFields[];
}

function text(value: string | undefined, isHtml?: boolean): EntryText | undefined {
  return value === undefined || value.trim() === '' ? undefined : { value, isHtml };
}

function defined<T>(...values: (T | undefined)[]): T[] {
  return values.filter((value): value is T => value !== undefined);
}

/** The first of `values` that is a non-blank string. */
function first(...values: (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined && value.trim() !== '');
}

function atomAlternate(links: readonly AtomFeed.Link<string>[] | undefined): string | undefined {
  const alternates = (links ?? []).filter((link) => link.rel === undefined || link.rel === 'alternate');
  return (alternates.find((link) => link.type === undefined || /html/i.test(link.type)) ?? alternates[0])?.href;
}

function atomText(value: AtomFeed.Text | AtomFeed.Content | undefined): EntryText | undefined {
  if (value?.value === undefined) return undefined;
  const type = value.type?.toLowerCase();
  // Content in a binary type (or only linked with src) is not text to read.
  if (type !== undefined && !/^(?:text|html|xhtml)$|^text\/|html|xml/.test(type)) return undefined;
  return text(value.value, type === undefined || type === 'text' || type === 'text/plain' ? false : true);
}

const atomPerson = (person: AtomFeed.Person): FeedAuthor => ({ name: person.name, email: person.email, href: person.uri });
const named = (name: string | undefined): FeedAuthor | undefined => (name === undefined || name.trim() === '' ? undefined : { name });

/** Media RSS descriptions, wherever the item puts them: on the item, in a group, or on a content. */
function mediaDescription(media: RssFeed.Item<string>['media']): EntryText | undefined {
  const described = media?.description ?? media?.groups?.find((g) => g.description)?.description ?? media?.contents?.find((c) => c.description)?.description;
  return described && text(described.value, described.type === undefined ? undefined : described.type === 'html');
}

function rssEntry(item: RssFeed.Item<string>, feedBase: string | undefined): EntryFields {
  return {
    title: text(first(item.title, item.dc?.titles?.[0], item.media?.title?.value)),
    link: first(item.link, atomAlternate(item.atom?.links)),
    id: item.guid?.value,
    // RSS 2.0: a guid is the item's permalink unless isPermaLink="false".
    idIsPermalink: item.guid?.isPermaLink !== false,
    content: text(item.content?.encoded, true),
    summary:
      text(first(item.description, item.dc?.descriptions?.[0], item.itunes?.summary, item.dcterms?.descriptions?.[0])) ??
      mediaDescription(item.media) ??
      atomText(item.atom?.summary),
    published: first(item.pubDate, item.atom?.published, item.dcterms?.issued?.[0]),
    updated: first(item.atom?.updated, item.dc?.dates?.[0], item.dcterms?.modified?.[0]),
    created: item.dcterms?.created?.[0],
    authors: [
      ...(item.authors ?? []).map((a) => ({ name: a.name, email: a.email, href: a.link })),
      ...(item.atom?.authors ?? []).map(atomPerson),
      ...defined(...(item.dc?.creators ?? []).map(named), named(item.itunes?.author)),
    ],
    bases: defined(item.xml?.base, feedBase),
  };
}

function atomEntry(entry: AtomFeed.Entry<string>, feedBase: string | undefined): EntryFields {
  const content = atomText(entry.content);
  return {
    title: atomText(entry.title) ?? text(first(entry.dc?.titles?.[0], entry.media?.title?.value)),
    link: atomAlternate(entry.links),
    id: entry.id,
    // The Atom id is the entry's identity; when it is an http(s) URL it is also where the entry lives.
    idIsPermalink: true,
    content,
    summary: atomText(entry.summary) ?? text(first(entry.dc?.descriptions?.[0], entry.itunes?.summary)) ?? mediaDescription(entry.media) ?? content,
    published: first(entry.published, entry.dcterms?.issued?.[0]),
    updated: first(entry.updated, entry.dc?.dates?.[0], entry.dcterms?.modified?.[0]),
    created: entry.dcterms?.created?.[0],
    authors: [...(entry.authors ?? []).map(atomPerson), ...defined(...(entry.dc?.creators ?? []).map(named))],
    bases: defined(entry.xml?.base, feedBase),
  };
}

function rdfEntry(item: RdfFeed.Item<string>, feedBase: string | undefined): EntryFields {
  return {
    title: text(first(item.title, item.dc?.titles?.[0])),
    link: first(item.link, item.rdf?.about),
    id: item.rdf?.about,
    idIsPermalink: true,
    content: text(item.content?.encoded, true),
    summary: text(first(item.description, item.dc?.descriptions?.[0], item.dcterms?.descriptions?.[0])) ?? mediaDescription(item.media),
    published: first(item.dcterms?.issued?.[0]),
    updated: first(item.dc?.dates?.[0], item.dcterms?.modified?.[0]),
    created: item.dcterms?.created?.[0],
    authors: defined(...(item.dc?.creators ?? []).map(named)),
    bases: defined(item.xml?.base, feedBase),
  };
}

function jsonEntry(item: JsonFeed.Item<string>): EntryFields {
  const content = text(item.content_html, true) ?? text(item.content_text, false);
  return {
    title: text(item.title, false),
    link: first(item.url, item.external_url),
    id: item.id === undefined ? undefined : String(item.id),
    // JSON Feed ids are opaque strings; `url` is the permalink.
    idIsPermalink: false,
    content,
    summary: text(item.summary, false) ?? content,
    published: item.date_published,
    updated: item.date_modified,
    authors: (item.authors ?? []).map((a) => ({ name: a.name, href: a.url })),
    bases: [],
  };
}

/** The feed's title, link and entries in document order, mapped to format-independent fields. */
export function feedContents(parsed: AnyFeed): FeedContents {
  switch (parsed.format) {
    case 'rss': {
      const { feed } = parsed;
      const base = feed.xml?.base;
      return {
        title: text(first(feed.title, feed.dc?.titles?.[0])),
        link: first(feed.link, atomAlternate(feed.atom?.links)),
        base,
        entries: (feed.items ?? []).map((item) => rssEntry(item, base)),
      };
    }
    case 'atom': {
      const { feed } = parsed;
      const base = feed.xml?.base;
      return {
        title: atomText(feed.title) ?? text(feed.dc?.titles?.[0]),
        link: atomAlternate(feed.links),
        base,
        entries: (feed.entries ?? []).map((entry) => atomEntry(entry, base)),
      };
    }
    case 'rdf': {
      const { feed } = parsed;
      const base = feed.xml?.base;
      return {
        title: text(first(feed.title, feed.dc?.titles?.[0])),
        link: first(feed.link, feed.rdf?.about),
        base,
        entries: (feed.items ?? []).map((item) => rdfEntry(item, base)),
      };
    }
    case 'json': {
      const { feed } = parsed;
      return { title: text(feed.title, false), link: feed.home_page_url, entries: (feed.items ?? []).map(jsonEntry) };
    }
  }
}

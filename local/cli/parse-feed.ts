import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { InvalidFeedError } from '../../shared/errors.js';
import { parseFeed, type ParsedFeed } from '../../shared/feeds/parse-feed.js';
import type { CliCommand, CliIo } from './command.js';

const USAGE = `Usage: tocsin parse-feed FILE [--url URL] [--content-type CT] [--content-location URL]
Parses a feed file exactly as the poller does and prints one JSON object:
  {"feed":{"title","link"},
   "entries":[{"title","link","id","summary","published","updated","authors":[{"name","email","href"}]}],
   "rejected":[{"index","reason"}], "warnings":[...]}
Entries are the ones the pipeline would keep; dates are as written in the feed; summary is plain text;
an entry whose title was made from its text has "titleDerived": true. Missing values are null.

Options:
  --url URL               the address the feed was fetched from: relative links resolve against it
                          (default https://feed.invalid/FILE)
  --content-type CT       the HTTP Content-Type, whose charset outranks the XML declaration
  --content-location URL  the HTTP Content-Location, the document's own base URI

Exit codes: 0 parsed, 1 the file is unreadable or not a usable feed (the reason is in "rejected"), 2 bad usage.

Example:
  tocsin parse-feed test/fixtures/feeds/no-guid.rss --url https://example.com/feed.xml`;

/** The JSON `tocsin parse-feed` prints: the feed, the entries the pipeline keeps, and what it rejected. */
export function feedView(parsed: ParsedFeed) {
  return {
    feed: { title: parsed.title ?? null, link: parsed.link ?? null },
    entries: parsed.entries.map(({ submission, id, summary, published, updated, authors }) => ({
      title: submission.title,
      ...(submission.titleDerived && { titleDerived: true }),
      link: submission.url,
      id: id ?? null,
      summary: summary ?? null,
      published: published ?? null,
      updated: updated ?? null,
      authors: authors.map((author) => ({ name: author.name ?? null, email: author.email ?? null, href: author.href ?? null })),
    })),
    rejected: parsed.rejected,
    warnings: parsed.warnings,
  };
}

async function run(args: string[], io: CliIo): Promise<number> {
  let values: { url?: string; 'content-type'?: string; 'content-location'?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { url: { type: 'string' }, 'content-type': { type: 'string' }, 'content-location': { type: 'string' } },
    }));
  } catch (error) {
    io.stderr.write(`tocsin parse-feed: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let body: Uint8Array;
  try {
    body = await readFile(file);
  } catch (error) {
    io.stderr.write(`tocsin parse-feed: cannot read ${JSON.stringify(file)}: ${(error as Error).message}\n`);
    return 1;
  }
  const document = {
    body,
    url: values.url ?? `https://feed.invalid/${encodeURIComponent(basename(file))}`,
    contentType: values['content-type'],
    contentLocation: values['content-location'],
  };
  try {
    const parsed = parseFeed(document, { source: { id: 'parse-feed', name: 'tocsin parse-feed' }, fetchedAt: new Date() });
    io.stdout.write(`${JSON.stringify(feedView(parsed), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof InvalidFeedError)) throw error;
    const refused = { feed: { title: null, link: null }, entries: [], rejected: [{ index: null, reason: error.message }], warnings: [] };
    io.stdout.write(`${JSON.stringify(refused, null, 2)}\n`);
    return 1;
  }
}

/** `tocsin parse-feed FILE`: what the poller makes of a feed, as JSON. */
export const parseFeedCommand: CliCommand = {
  name: 'parse-feed',
  summary: 'print what the poller makes of a feed file, as JSON',
  usage: USAGE,
  run,
};

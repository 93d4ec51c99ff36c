import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { extractArticle } from '../../shared/article/extract.js';
import { decodeHtmlPage } from '../../shared/feeds/decode-text.js';
import type { CliCommand, CliIo } from './command.js';

const USAGE = `Usage:
  tocsin extract FILE.html [--url URL] [--content-type CT] [--json]
      prints the article text the pipeline extracts from a saved page (its decoding and extraction)
  tocsin extract --jsonl IN.jsonl
      reads lines {"id","url","html_base64"} (base64 of the page's raw bytes) and writes lines {"id","text"}

Options:
  --url URL           the page's address (default https://page.invalid/FILE)
  --content-type CT   the HTTP Content-Type, whose charset outranks the page's <meta charset>
  --json              print {"title","byline","publishedAt","stub","degraded","text"} instead of the text

Exit codes: 0 done (a page with no article prints nothing), 1 a file is unreadable, 2 bad usage.

Example:
  tocsin extract saved-page.html --url https://news.example.com/world/story`;

const defaultUrl = (file: string) => `https://page.invalid/${encodeURIComponent(basename(file))}`;

/** The pipeline's own path from a page's bytes to its text: decoding as the page fetcher does, then extraction. */
const extractBytes = (bytes: Uint8Array, url: string, contentType?: string) => extractArticle(decodeHtmlPage(bytes, contentType), url);

interface JsonlPage {
  id?: unknown;
  url?: unknown;
  html_base64?: unknown;
}

/** One output line per input line; a line that cannot be read gets empty text and an "error", and the rest go on. */
async function extractJsonl(file: string, io: CliIo): Promise<number> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    let page: JsonlPage;
    try {
      page = JSON.parse(line) as JsonlPage;
    } catch (error) {
      io.stdout.write(`${JSON.stringify({ id: null, text: '', error: `line ${lineNumber}: not JSON (${(error as Error).message})` })}\n`);
      continue;
    }
    const id = page.id ?? null;
    if (typeof page.html_base64 !== 'string') {
      io.stdout.write(`${JSON.stringify({ id, text: '', error: `line ${lineNumber}: "html_base64" must be a string` })}\n`);
      continue;
    }
    const url = typeof page.url === 'string' && /^https?:\/\//i.test(page.url) ? page.url : defaultUrl(String(id ?? lineNumber));
    const { text } = extractBytes(Buffer.from(page.html_base64, 'base64'), url);
    io.stdout.write(`${JSON.stringify({ id, text })}\n`);
  }
  return 0;
}

async function run(args: string[], io: CliIo): Promise<number> {
  let values: { url?: string; 'content-type'?: string; jsonl?: string; json?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { url: { type: 'string' }, 'content-type': { type: 'string' }, jsonl: { type: 'string' }, json: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    io.stderr.write(`tocsin extract: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const file = values.jsonl ?? positionals[0];
  if (file === undefined || positionals.length > (values.jsonl === undefined ? 1 : 0)) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    if (values.jsonl !== undefined) return await extractJsonl(file, io);
    const article = extractBytes(await readFile(file), values.url ?? defaultUrl(file), values['content-type']);
    if (values.json) io.stdout.write(`${JSON.stringify(article, null, 2)}\n`);
    else if (article.text !== '') io.stdout.write(`${article.text}\n`);
    return 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined) throw error;
    io.stderr.write(`tocsin extract: cannot read ${JSON.stringify(file)}: ${(error as Error).message}\n`);
    return 1;
  }
}

/** `tocsin extract FILE.html`: the text the pipeline extracts from a saved page. */
export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'print the article text the pipeline extracts from a saved HTML page',
  usage: USAGE,
  run,
};

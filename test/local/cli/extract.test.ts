import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-io.js';
import { extractCommand } from '../../../local/cli/extract.js';
import { extractArticle } from '../../../shared/article/extract.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/html/${name}`, import.meta.url));

const run = (args: string[]) => runCli(extractCommand.run, args);

const scratch = () => mkdtempSync(join(tmpdir(), 'tocsin-extract-'));

/** 'Łódź' as ISO-8859-2 bytes, in a page that says nothing of its charset. */
const latin2Page = Buffer.concat([
  Buffer.from('<html><body><article><p>'),
  Buffer.from(`${'The mayor of '}`),
  Buffer.from([0xa3, 0xf3, 0x64, 0xbc]),
  Buffer.from(' said the city would host talks on the sanctions regime next month, officials confirmed on Tuesday.</p></article></body></html>'),
]);

describe('tocsin extract', () => {
  it('prints the text the pipeline extracts from a page', async () => {
    const { code, out } = await run([fixture('news-article.html'), '--url', 'https://news.example.com/world/russia-venezuela-aircraft']);

    expect(code).toBe(0);
    expect(out).toBe(`${extractArticle(readFileSync(fixture('news-article.html'), 'utf8'), 'https://news.example.com/world/russia-venezuela-aircraft').text}\n`);
    expect(out).toMatch(/^CARACAS — Two Russian military planes landed/);
  });

  it('decodes the page with the charset of --content-type, as the page fetcher does', async () => {
    const file = join(scratch(), 'latin2.html');
    writeFileSync(file, latin2Page);

    const { out } = await run([file, '--content-type', 'text/html; charset=iso-8859-2']);

    expect(out).toContain('The mayor of Łódź said');
  });

  it('prints title, metadata and flags with --json', async () => {
    const { out } = await run([fixture('paywalled-lead.html'), '--json']);

    expect(JSON.parse(out)).toMatchObject({ title: 'Lead', stub: true, text: expect.stringMatching(/diplomats said\.$/) });
  });

  it('prints nothing for a page with no article', async () => {
    expect(await run([fixture('listing.html')])).toMatchObject({ code: 0, out: '' });
  });

  it('reads JSONL pages (base64 of the raw bytes, decoded by their <meta charset>) and writes one {"id","text"} line each, in order', async () => {
    const file = join(scratch(), 'pages.jsonl');
    const page = (id: string, html: string | Buffer) => JSON.stringify({ id, url: `https://news.example.com/${id}`, html_base64: Buffer.from(html).toString('base64') });
    writeFileSync(
      file,
      [page('a', Buffer.concat([Buffer.from('<meta charset="iso-8859-2">'), latin2Page])), '', page('empty', '<html><body><nav>Home</nav></body></html>'), 'not json', JSON.stringify({ id: 'no-html' })].join('\n'),
    );

    const { code, out } = await run(['--jsonl', file]);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line));

    expect(code).toBe(0);
    expect(lines).toEqual([
      { id: 'a', text: expect.stringContaining('The mayor of Łódź said') },
      { id: 'empty', text: '' },
      { id: null, text: '', error: expect.stringMatching(/^line 4: not JSON/) },
      { id: 'no-html', text: '', error: 'line 5: "html_base64" must be a string' },
    ]);
  });

  it.each([[[]], [['a.html', 'b.html']], [['--jsonl', 'pages.jsonl', 'extra.html']]])('exits 2 on bad usage: %j', async (args) => {
    expect((await run(args)).code).toBe(2);
  });

  it('exits 1 when the file cannot be read', async () => {
    expect((await run(['/nonexistent/page.html'])).code).toBe(1);
  });
});

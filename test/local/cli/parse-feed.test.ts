import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-io.js';
import { parseFeedCommand } from '../../../local/cli/parse-feed.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/feeds/${name}`, import.meta.url));

const run = (args: string[]) => runCli(parseFeedCommand.run, args);

describe('tocsin parse-feed', () => {
  it('prints the feed, the entries the pipeline keeps (every field present, null when missing) and the rejections', async () => {
    const { code, out } = await run([fixture('no-guid.rss'), '--url', 'https://example.com/feed.xml']);

    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      feed: { title: 'Entries without guid', link: 'https://example.com/' },
      entries: [
        { title: 'First', link: 'https://example.com/first', id: null, summary: null, published: 'Tue, 07 May 2024 08:00:00 GMT', updated: null, authors: [] },
        { title: 'Second', link: 'https://example.com/second', id: null, summary: null, published: 'not a date', updated: null, authors: [] },
        {
          title: 'An item with a description only.',
          titleDerived: true,
          link: 'https://example.com/untitled',
          id: null,
          summary: 'An item with a description only.',
          published: null,
          updated: null,
          authors: [],
        },
      ],
      rejected: [],
      warnings: [],
    });
  });

  it('shows authors with name, email and page, and dates as written', async () => {
    const { out } = await run([fixture('xml-base.atom')]);

    expect(JSON.parse(out).entries[0]).toMatchObject({
      published: '2024-05-10T08:00:00+02:00',
      authors: [
        { name: 'Ana Pérez', email: 'ana@atom.example.net', href: 'https://atom.example.net/staff/ana' },
        { name: 'John Smith', email: null, href: null },
      ],
    });
  });

  it('resolves relative links against --content-location, then --url', async () => {
    const located = JSON.parse((await run([fixture('content-location.atom'), '--url', 'https://cdn.example.com/f', '--content-location', 'https://site.example.com/news/'])).out);
    const byUrl = JSON.parse((await run([fixture('content-location.atom'), '--url', 'https://cdn.example.com/f'])).out);

    expect(located.entries[0].link).toBe('https://site.example.com/news/items/42.html');
    expect(byUrl.entries[0].link).toBe('https://cdn.example.com/items/42.html');
  });

  it('decodes with the charset of --content-type over the XML declaration', async () => {
    // latin2.rss declares ISO-8859-2; read as windows-1250 its Ł (0xA3) becomes a different letter.
    const declared = JSON.parse((await run([fixture('latin2.rss')])).out);
    const overridden = JSON.parse((await run([fixture('latin2.rss'), '--content-type', 'application/rss+xml; charset=windows-1250'])).out);

    expect(declared.feed.title).toBe('Wiadomości z Łodzi');
    expect(overridden.feed.title).not.toBe(declared.feed.title);
  });

  it('prints the reason and exits 1 for a document that is not a usable feed', async () => {
    const { code, out } = await run([fixture('html-page.html')]);

    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual({
      feed: { title: null, link: null },
      entries: [],
      rejected: [{ index: null, reason: 'document is an HTML page (<html>), not a feed' }],
      warnings: [],
    });
  });

  it.each([[[]], [['a.rss', 'b.rss']], [['--bogus', 'a.rss']]])('exits 2 on bad usage: %j', async (args) => {
    expect((await run(args)).code).toBe(2);
  });

  it('exits 1 when the file cannot be read', async () => {
    const { code, err } = await run(['/nonexistent/feed.rss']);

    expect(code).toBe(1);
    expect(err).toMatch(/cannot read "\/nonexistent\/feed\.rss"/);
  });
});

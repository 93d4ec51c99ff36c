import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, PAGE_LIMITS } from '../../../shared/article/extract.js';

const page = (name: string) => readFileSync(new URL(`../../fixtures/html/${name}`, import.meta.url), 'utf8');

describe('extractArticle', () => {
  describe('a news page with furniture around the story', () => {
    const article = extractArticle(page('news-article.html'), 'https://news.example.com/world/russia-venezuela-aircraft?utm_source=feed');
    const paragraphs = article.text.split('\n\n');

    it('keeps the story paragraphs, in order, separated by "\\n\\n"', () => {
      expect(paragraphs).toHaveLength(4);
      expect(paragraphs[0]).toMatch(/^CARACAS — Two Russian military planes landed in Caracas/);
      expect(paragraphs[1]).toContain('would not “stand idly by” while Russia inserted military');
      expect(paragraphs[3]).toMatch(/imposed sanctions on Venezuela's development bank, Bandes, .* Nicolás Maduro\.$/);
    });

    it.each([
      ['the consent banner', 'cookies'],
      ['the navigation', 'Sport'],
      ['the photo caption', 'Maiquetía'],
      ['the embedded tweet', 'tarmac'],
      ['the newsletter box', 'newsletter'],
      ['screen-reader-only link text', 'opens new tab'],
      ['the share bar', 'Share on'],
      ['the related-articles list', 'Oil prices climb'],
      ['the trailing "Related Story" artefact', 'Related Story'],
      ['the footer', 'All rights reserved'],
    ])('drops %s', (_what, marker) => {
      expect(article.text).not.toContain(marker);
    });

    it('keeps inline links as running text', () => {
      expect(article.text).toContain('needed for its defence links with Caracas.');
    });

    it('reads title, authors and date from the page metadata, the date as UTC ISO-8601', () => {
      expect(article.title).toBe('Russia sends aircraft to Venezuela as US warns Moscow');
      expect(article.byline).toBe('Ana Pérez, John Smith');
      expect(article.publishedAt).toBe('2019-03-26T08:30:00.000Z');
    });

    it('ignores a JSON-LD articleBody that is only a teaser', () => {
      expect(paragraphs.length).toBeGreaterThan(1);
    });
  });

  it('does not let a long consent notice outweigh a short story', () => {
    const article = extractArticle(page('consent-banner.html'), 'https://wire.example.com/world/nepal-bird-strike');

    expect(article.text.split('\n\n')).toHaveLength(3);
    expect(article.text).toMatch(/^KATHMANDU, April 25/);
    expect(article.text).not.toMatch(/cookie|privacy/i);
  });

  describe('a body split into chunks, with the full text in JSON-LD', () => {
    const article = extractArticle(page('split-body.html'), 'https://magazine.example.com/story/arctic-ice');

    it('takes the fuller JSON-LD articleBody, one paragraph per line', () => {
      const paragraphs = article.text.split('\n\n');

      expect(paragraphs).toHaveLength(8);
      expect(paragraphs[0]).toBe('On a clear morning in late March, two scientists walked down a wintry hill to a frozen pond.');
      expect(paragraphs[7]).toBe('The debate over who gets to decide about geoengineering is only beginning.');
      expect(article.text).not.toContain('Subscribers can read');
    });

    it('finds the article in a JSON-LD @graph by its mainEntityOfPage, and reads a zone-less date as UTC', () => {
      expect(article.byline).toBe('Rachel Example');
      expect(article.publishedAt).toBe('2023-04-25T06:00:00.000Z');
    });
  });

  it('does not borrow the body of another article declared on a listing page', () => {
    const article = extractArticle(page('listing.html'), 'https://news.example.com/world/');

    expect(article.text).toBe('');
  });

  it.each([
    ['empty input', ''],
    ['a page with no article', '<html><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>'],
    ['a fragment without <html>', '<p>Subscribe to continue reading.</p>'],
  ])('returns empty text for %s, so the caller falls back to the summary', (_name, html) => {
    expect(extractArticle(html, 'https://example.com/a').text).toBe('');
  });

  it('keeps a long article whose wrapper has a furniture-like class name', () => {
    const sentence = 'The alliance agreed to deploy two more battalions to the eastern flank by the summer, diplomats said. ';
    const html =
      '<html><head><title>Story</title></head><body><div class="story-body has-newsletter-signup">' +
      `<p>${sentence.repeat(8)}</p><p>${sentence.repeat(8)}</p><p>${sentence.repeat(8)}</p></div></body></html>`;

    const article = extractArticle(html, 'https://example.com/story');

    expect(article.text.split('\n\n')).toHaveLength(3);
  });

  it('falls back to a dc.date meta tag, reading a zone-less date-time as UTC', () => {
    const html =
      '<html><head><title>Story</title><meta name="dc.date" content="2023-04-28 13:53:25"></head><body><article>' +
      `<p>${'Parliament voted to extend the mission of the naval task force for another year, the speaker said. '.repeat(6)}</p></article></body></html>`;

    expect(extractArticle(html, 'https://example.com/story').publishedAt).toBe('2023-04-28T13:53:25.000Z');
  });

  it('drops a byline that is really a reading-time and date label', () => {
    const html =
      '<html><head><title>Story</title></head><body><article><div class="byline">2 minute read April 25, 2023 2:26 PM</div>' +
      `<p>${'The ministry announced new export controls on dual-use goods on Tuesday, officials said. '.repeat(6)}</p></article></body></html>`;

    const article = extractArticle(html, 'https://example.com/story');

    expect(article.text).toMatch(/^The ministry announced new export controls/);
    expect(article.byline).toBeUndefined();
  });
});

describe('extractArticle: what the best extractors do around Readability', () => {
  const extract = (name: string) => extractArticle(page(name), `https://news.example.com/${name}`);
  const PROSE_OPENING = 'The European Union agreed on Tuesday to extend its sanctions on Russian banks';

  it.each([
    ['a data table', 'table-outscores-prose.html', 'Bank 1, a lender'],
    ['a reference list', 'reference-list-outscores-prose.html', 'Journal of Policy'],
  ])('prefers the running prose when %s outscores it', (_what, file, listMarker) => {
    const article = extract(file);

    expect(article.text).toContain(PROSE_OPENING);
    expect(article.text).toContain('shadow fleet of tankers');
    expect(article.text).not.toContain(listMarker);
  });

  it('keeps later sections of a post whose class says "hidden"', () => {
    const article = extract('sections-with-hidden-class.html');

    expect(article.text.split('\n\n')).toHaveLength(5);
    expect(article.text).toContain('shadow fleet of tankers');
  });

  it('reads the body from <noscript> when the live page is an empty script shell', () => {
    const article = extract('body-only-in-noscript.html');

    expect(article.text).toContain(PROSE_OPENING);
    expect(article.degraded).toBeUndefined();
  });

  it('reads a page whose markup before <!DOCTYPE> would leave the parsed body empty', () => {
    const article = extract('markup-before-doctype.html');

    expect(article.text.split('\n\n')).toHaveLength(5);
    expect(article.title).toBe('EU');
  });

  it('falls back to a plain reading when the DOM offers no article (text hidden for a script to reveal)', () => {
    const sentence = 'The European Union agreed on Tuesday to extend its sanctions on Russian banks for another six months, diplomats said.';
    const html = `<html><body><nav><a href="/">Home</a></nav><div id="app" style="display:none">${sentence}<br><br>${sentence}</div></body></html>`;

    expect(extractArticle(html, 'https://example.com/app')).toMatchObject({ text: `${sentence}\n\n${sentence}`, degraded: true });
  });

  it('keeps figure captions when the story is told in them', () => {
    const article = extract('gallery-told-in-captions.html');

    expect(article.text).toContain('Ambassadors arrive for the meeting in Brussels');
    expect(article.text).toContain('The final text is printed after midnight');
  });

  it('keeps a short lead above a paywall, marked as a stub, without the paywall prompt', () => {
    const article = extract('paywalled-lead.html');

    expect(article.stub).toBe(true);
    expect(article.text).toMatch(/diplomats said\.$/);
    expect(article.text).not.toMatch(/subscribe/i);
  });

  it('trims bylines, reading time and datelines at the head, and credits, sign-up, bio and copyright at the tail', () => {
    const article = extract('page-furniture.html');

    expect(article.text.split('\n\n')).toEqual([
      expect.stringMatching(/^The European Union agreed/),
      expect.stringMatching(/^The measures, first imposed/),
      expect.stringMatching(/^Hungary had threatened/),
    ]);
    expect(article.byline).toBe('Jane Doe');
  });

  it('returns NFC text, so a decomposed "é" in the page is one character', () => {
    const decomposed = 'Le ministre a annonce\u0301 de nouvelles sanctions contre les banques russes, a-t-il de\u0301clare\u0301 mardi a\u0300 Paris. ';
    const html = `<html><body><article><p>${decomposed.repeat(4)}</p></article></body></html>`;

    expect(extractArticle(html, 'https://example.com/fr').text).toContain('annoncé de nouvelles sanctions');
  });
});

describe('extractArticle: hostile pages are bounded, and degrade to a plain reading', () => {
  const sentence = 'The alliance agreed to deploy two more battalions to the eastern flank, diplomats said on Monday.';

  it(`reads a page nested deeper than ${PAGE_LIMITS.maxDepth} levels plainly`, () => {
    const html = `<html><body>${'<div>'.repeat(5_000)}<p>${sentence}</p>${'</div>'.repeat(5_000)}</body></html>`;

    const article = extractArticle(html, 'https://example.com/deep');

    expect(article).toMatchObject({ text: sentence, degraded: true, stub: true });
  });

  it(`reads a page with more than ${PAGE_LIMITS.maxElements} elements plainly (80 KB of unclosed <p>)`, () => {
    const article = extractArticle(`<html><body>${`<p>${sentence} `.repeat(PAGE_LIMITS.maxElements + 1)}</body></html>`, 'https://example.com/many');

    expect(article.degraded).toBe(true);
    expect(article.text.split('\n\n')).toHaveLength(PAGE_LIMITS.maxElements + 1);
  });

  it('reads a well-formed 5 MiB page plainly, up to the character limit, skipping page chrome', () => {
    const html = `<html><body><nav>Home World Sport</nav><article>${`<p>${sentence}</p>`.repeat(52_000)}</article></body></html>`;

    const article = extractArticle(html, 'https://example.com/huge');

    expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(article.degraded).toBe(true);
    expect(article.text.startsWith(sentence)).toBe(true);
    expect(article.text.length).toBeLessThanOrEqual(PAGE_LIMITS.maxChars);
  });

  it('reads the story before a script left open, whatever follows it', () => {
    const story = `${sentence} ${sentence} ${sentence}`;

    const article = extractArticle(`<html><body><p>${story}</p>${'<script '.repeat(100_000)}`, 'https://example.com/s');

    expect(article.text).toBe(story);
  });

  it('keeps a normal page inside the limits (not degraded)', () => {
    expect(extractArticle(page('news-article.html'), 'https://news.example.com/world/a').degraded).toBeUndefined();
  });
});

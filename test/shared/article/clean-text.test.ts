import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripScrapeArtefacts, trimPageFurniture } from '../../../shared/article/clean-text.js';

const firstArticle = readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8');

describe('stripScrapeArtefacts', () => {
  it('removes the "Related Story" artefact from the first article Tocsin read, and nothing else', () => {
    const cleaned = stripScrapeArtefacts(firstArticle);

    expect(cleaned.endsWith('called on Venezuelan military leaders to abandon him.')).toBe(true);
    expect(cleaned).toBe(firstArticle.replace(/\nRelated Story$/, ''));
  });

  it.each([
    ['trailing "Related Story" line', 'He resigned.\nRelated Story', 'He resigned.'],
    ['artefact glued to the last sentence', 'They urged him to abandon Maduro.Related Story', 'They urged him to abandon Maduro.'],
    ['leading "Advertisement"', 'Advertisement\n\nTroops arrived on Sunday.', 'Troops arrived on Sunday.'],
    ['"Advertisement" between paragraphs', 'First.\n\nADVERTISEMENT\n\nSecond.', 'First.\n\nSecond.'],
    ['"Read more:" link line', 'First.\n\nRead more: Putin warns the West over missiles\n\nSecond.', 'First.\n\nSecond.'],
    ['"MORE :" link line', 'First.\n\nMORE : The daily cartoon\n\nSecond.', 'First.\n\nSecond.'],
    ['"Share this article"', 'Share this article\nFirst.', 'First.'],
    ['"Article continues below"', 'First.\n\nArticle continues below\n\nSecond.', 'First.\n\nSecond.'],
    ['"Click here to …" call to action', 'First.\n\nCLICK HERE TO GET THE FOX NEWS APP\n\nSecond.', 'First.\n\nSecond.'],
    ['newsletter sign-up line', 'First.\nSign up to our free newsletter for the latest news\nSecond.', 'First.\nSecond.'],
    ['feed footer "The post … appeared first on …"', 'First.\n\nThe post Oil sanctions bite appeared first on Example News.', 'First.'],
    ['a trailing list of related headlines', 'Last sentence.\n\nRelated Stories\n\nRussia sends bombers\n\nUS warns Moscow over Venezuela', 'Last sentence.'],
    ['decorated heading "Related stories:"', 'Last sentence.\n\nRelated stories:\n\nRussia sends bombers', 'Last sentence.'],
  ])('removes %s', (_name, input, expected) => {
    expect(stripScrapeArtefacts(input)).toBe(expected);
  });

  it.each([
    ['a sentence mentioning a related story', 'The related story was published on Monday.'],
    ['a sentence starting "Read more"', 'Read more about the sanctions in the Treasury notice, officials said.'],
    ['a sentence about advertisement revenue', 'Advertisement revenue fell by 5% last year.'],
    ['a quoted call to action', '“Click here to claim your prize,” the scam email read.'],
    ['a sentence about sharing the article', 'Officials asked reporters not to share this article before noon.'],
    ['a sentence about a newsletter', 'She signed up to the newsletter in 2019 and later left.'],
    ['short headline-like lines without a list heading', 'Last sentence.\n\n(Reporting by Jane Doe; Editing by John Roe)'],
    ['a last line that only contains the words', 'Last sentence.\n\nWhy related stories matter to editors']
  ])('keeps %s', (_name, input) => {
    expect(stripScrapeArtefacts(input)).toBe(input);
  });

  it('keeps paragraph breaks and is idempotent', () => {
    const text = 'One.\n\nTwo.\n\nAdvertisement\n\nThree.';

    const once = stripScrapeArtefacts(text);

    expect(once).toBe('One.\n\nTwo.\n\nThree.');
    expect(stripScrapeArtefacts(once)).toBe(once);
  });
});

describe('trimPageFurniture', () => {
  const STORY = 'The European Union agreed on Tuesday to extend its sanctions on Russian banks for another six months.';
  const MORE = 'Hungary had threatened to block the extension until the last minute, diplomats said on Wednesday.';

  it.each([
    ['a byline', 'By Dolores Chang For Dailymail.Com'],
    ['a byline naming two authors', 'By Jane Doe and John Roe'],
    ['a reading time', '4 min read'],
    ['a reading time before a date', '2 minute read April 25, 2023 2:26 PM'],
    ['a dateline', 'Published: 15:56 BST, 27 April 2024 | Updated: 15:57 BST, 27 April 2024'],
    ['a section and date', 'Politics / January 11, 2024'],
    ['a relative time', '1 day ago'],
    ['an ISO timestamp', '2024-02-14T16:15:30Z'],
    ['an affiliate disclosure', 'This article contains affiliate links. We may earn a commission on purchases.'],
    ['a blog post line', 'Posted on March 3, 2021 by Jane Doe'],
    ['a reading-time label', 'Reading time: 4 minutes'],
  ])('drops %s at the head', (_what, line) => {
    expect(trimPageFurniture(`${line}\n\n${STORY}\n\n${MORE}`)).toBe(`${STORY}\n\n${MORE}`);
  });

  it.each([
    ['a wire credit', '(Reporting by Gopal Sharma; Editing by Alex Richardson)'],
    ['a contribution line', 'Associated Press writers Will Weissert in Johnstown contributed to this report.'],
    ['a standards notice', 'Our Standards: The Thomson Reuters Trust Principles.'],
    ['a copyright line', '© 2024 Example News. All rights reserved.'],
    ['a follow prompt', 'Follow Metro.co.uk on Twitter and Facebook for the latest news updates.'],
    ['a newsletter prompt', 'Check out more of our latest travel stories by signing up to our free weekly newsletter'],
    ['a tip line', 'Got a story? Get in touch with our news team by emailing us at news@example.com.'],
    ['an author bio', 'John Nichols is a national affairs correspondent for The Nation. He has written a dozen books.'],
    ['a short author bio', 'Steph Bazzle covers politics and theocracy. Follow Steph on Twitter @imjustasteph.'],
    ['a reprint notice', 'This article was originally published on The Conversation. Read the original article.'],
    ['a disclaimer', 'The views expressed in this article are the author’s own.'],
    ['a blog category line', 'Posted in Defence, Europe | Leave a comment'],
    ['a tag line', 'Tags: sanctions, Russia, banks'],
    ['a sharing widget heading', 'Share this:'],
    ['a like widget', 'Like Loading...'],
    ['a comment count', '3 comments'],
  ])('drops %s at the tail', (_what, line) => {
    expect(trimPageFurniture(`${STORY}\n\n${MORE}\n\n${line}`)).toBe(`${STORY}\n\n${MORE}`);
  });

  it.each([
    ['live-blog stamps', '20:42KEY EVENT'],
    ['a live-blog stamp with a relative time', '21 mins ago11:48 Jon King'],
    ['a photo-agency credit', 'Getty Images'],
    ['a credit with a photographer', 'Jane Doe/AFP via Getty Images'],
    ['a video fallback prompt', 'To view this video please enable JavaScript, and consider upgrading to a web browser'],
  ])('drops %s anywhere', (_what, line) => {
    expect(trimPageFurniture(`${STORY}\n\n${line}\n\n${MORE}`)).toBe(`${STORY}\n\n${MORE}`);
  });

  it('answers at once on a long capitalised line that is not a byline (no regex backtracking blow-up)', () => {
    const text = `By ${'A'.repeat(60)} x\n\n${STORY}`;

    expect(trimPageFurniture(text)).toBe(text);
  });

  it("drops a line that is only an author's name", () => {
    expect(trimPageFurniture(`Duncan Walker\n\n${STORY}\n\nduncan walker`, ['Duncan Walker'])).toBe(STORY);
  });

  it.each([
    ['a sentence starting "By"', 'By the end of the year, the bloc expects to have frozen more than 200 billion euros of assets.'],
    ['a sentence naming a reporter', 'Jane Doe, a reporter for the paper, was detained in Moscow on Monday, her editor said.'],
    ['a heading with a number', 'Article 5'],
    ['a chapter heading', 'Chapter 3'],
    ['a sentence about a subscription', 'Subscribers to the service received the warning on Monday, the company said.'],
    ['a sentence starting "Tagged"', 'Tagged as a terrorist group in 2019, the organisation has since been banned in three countries.'],
  ])('keeps %s inside the story', (_what, line) => {
    const text = `${STORY}\n\n${line}\n\n${MORE}`;

    expect(trimPageFurniture(text)).toBe(text);
  });

  it('keeps a story line that looks like tail furniture when story follows it', () => {
    const text = `${STORY}\n\nFollow the money on Twitter, the campaign urged on Monday.\n\n${MORE}`;

    expect(trimPageFurniture(text)).toBe(text);
  });
});

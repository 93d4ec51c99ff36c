import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripScrapeArtefacts } from '../../../shared/article/clean-text.js';

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

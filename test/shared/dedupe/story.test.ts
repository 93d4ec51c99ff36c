import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprint, similarity } from '../../../shared/dedupe/fingerprint.js';
import { chooseStory, InMemoryStoryIndex } from '../../../shared/dedupe/story.js';

const firstArticle = readFileSync(new URL('../../../local/demo/first-article.txt', import.meta.url), 'utf8');
const words = firstArticle.split(' ');

/** Written for this test: a different story on the same topic. */
const otherStory =
  'Venezuela’s opposition leader toured the western states on Saturday, urging soldiers to let humanitarian aid cross ' +
  'the Colombian border. Crowds gathered in several towns despite power cuts that have left hospitals without light for ' +
  'days, and the government said the blackouts were sabotage organised from abroad. Aid trucks have waited on the ' +
  'bridge at Cucuta for weeks while talks over their release stalled.';

const article = (id: string, text: string, storyId = id, sourceName = `Outlet ${id}`) => ({
  id,
  storyId,
  fingerprint: fingerprint(text),
  url: `https://news.example/${id}`,
  source: { id: sourceName.toLowerCase(), name: sourceName },
});

describe('InMemoryStoryIndex', () => {
  it('finds no story for the first report of an event', async () => {
    const index = new InMemoryStoryIndex();
    expect(await index.findStory(fingerprint(firstArticle))).toBeUndefined();
  });

  it('puts a syndicated copy in the first article’s story and lists both sources', async () => {
    const index = new InMemoryStoryIndex();
    await index.add(article('a1', firstArticle, 'a1', 'The National'));

    const copy = `MOSCOW (Reuters) - ${firstArticle}\n\nReporting by Jane Smith`;
    const storyId = await index.findStory(fingerprint(copy));
    expect(storyId).toBe('a1');
    await index.add(article('a2', copy, storyId, 'Reuters'));

    expect(await index.sources('a1')).toEqual([
      { articleId: 'a1', sourceName: 'The National', url: 'https://news.example/a1' },
      { articleId: 'a2', sourceName: 'Reuters', url: 'https://news.example/a2' },
    ]);
  });

  it('a copy of a copy joins the first article’s story, not the copy’s', async () => {
    const index = new InMemoryStoryIndex();
    await index.add(article('a1', firstArticle));
    await index.add(article('a2', words.slice(0, 300).join(' '), 'a1'));
    expect(await index.findStory(fingerprint(words.slice(0, 250).join(' ')))).toBe('a1');
  });

  it('keeps a different story on the same topic apart', async () => {
    const index = new InMemoryStoryIndex();
    await index.add(article('a1', firstArticle));
    expect(await index.findStory(fingerprint(otherStory))).toBeUndefined();
    expect(await index.sources('b1')).toEqual([]);
  });

  it('is idempotent: adding the same article twice lists its source once', async () => {
    const index = new InMemoryStoryIndex();
    await index.add(article('a1', firstArticle));
    await index.add(article('a1', firstArticle));
    expect(await index.sources('a1')).toHaveLength(1);
    expect(index.candidatesFor(fingerprint(firstArticle))).toHaveLength(1);
  });

  it('never matches text too short to fingerprint', async () => {
    const index = new InMemoryStoryIndex();
    await index.add(article('t1', 'Russia and Venezuela'));
    expect(await index.findStory(fingerprint('Russia and Venezuela'))).toBeUndefined();
    expect(await index.sources('t1')).toHaveLength(1);
  });

  it('joins the most similar of two matching stories', async () => {
    const index = new InMemoryStoryIndex();
    const fullCopy = words.slice(0, 380).join(' ');
    await index.add(article('short', words.slice(0, 200).join(' ')));
    await index.add(article('long', fullCopy));
    expect(await index.findStory(fingerprint(firstArticle))).toBe('long');
  });
});

describe('chooseStory', () => {
  const target = fingerprint(firstArticle);

  it('ignores candidates under the threshold', () => {
    expect(chooseStory(target, [{ articleId: 'x', storyId: 'sx', fingerprint: fingerprint(otherStory) }])).toBeUndefined();
  });

  it('breaks ties by the smaller article id, whatever the order', () => {
    const candidates = [
      { articleId: 'b', storyId: 'story-b', fingerprint: target },
      { articleId: 'a', storyId: 'story-a', fingerprint: target },
    ];
    expect(chooseStory(target, candidates)).toBe('story-a');
    expect(chooseStory(target, [...candidates].reverse())).toBe('story-a');
  });

  it('prefers higher similarity over a smaller id', () => {
    const partial = fingerprint(words.slice(0, 220).join(' '));
    expect(similarity(target, partial)).toBeLessThan(1);
    const candidates = [
      { articleId: 'a', storyId: 'story-a', fingerprint: partial },
      { articleId: 'b', storyId: 'story-b', fingerprint: target },
    ];
    expect(chooseStory(target, candidates)).toBe('story-b');
  });
});

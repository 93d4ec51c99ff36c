import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleIdFor, canonicalUrl } from '../../../shared/dedupe/canonical-url.js';
import { InvalidArticleError } from '../../../shared/errors.js';

describe('canonicalUrl', () => {
  it.each([
    ['tracking parameters', 'https://example.com/a?utm_source=rss&utm_medium=feed&fbclid=x&gclid=y&mc_cid=1&mc_eid=2', 'https://example.com/a'],
    ['tracking names in any case', 'https://example.com/a?UTM_Campaign=x&FBCLID=y&Ref=z', 'https://example.com/a'],
    ['publishers’ share tags', 'https://example.com/a?ocid=msn&cmpid=fb&ref_src=twsrc&igshid=q&_ga=1.2&at_medium=RSS&ns_campaign=c', 'https://example.com/a'],
    ['content parameters kept and sorted', 'https://example.com/story?page=2&id=7&utm_source=x', 'https://example.com/story?id=7&page=2'],
    ['repeated parameters sorted by value', 'https://example.com/s?tag=b&tag=a', 'https://example.com/s?tag=a&tag=b'],
    ['an emptied query', 'https://example.com/a?', 'https://example.com/a'],
    ['the fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    ['scheme and host case', 'HTTPS://WWW.Example.COM/Path', 'https://example.com/Path'],
    ['default ports', 'http://example.com:80/a', 'https://example.com/a'],
    ['an explicit 443', 'https://example.com:443/a', 'https://example.com/a'],
    ['a non-default port kept', 'https://example.com:8443/a', 'https://example.com:8443/a'],
    ['http folded into https', 'http://example.com/a', 'https://example.com/a'],
    ['www. dropped', 'https://www.bbc.co.uk/news/world-1', 'https://bbc.co.uk/news/world-1'],
    ['mobile host', 'https://m.bbc.co.uk/news/world-1', 'https://bbc.co.uk/news/world-1'],
    ['mobile. host', 'https://mobile.reuters.com/article/x', 'https://reuters.com/article/x'],
    ['amp. host', 'https://amp.theguardian.com/world/2019/mar/30/x', 'https://theguardian.com/world/2019/mar/30/x'],
    ['a host that is only the prefix kept', 'https://m.co/x', 'https://m.co/x'],
    ['/amp/ segment', 'https://www.bbc.co.uk/news/amp/world-1', 'https://bbc.co.uk/news/world-1'],
    ['/amp suffix', 'https://example.com/2019/03/30/story/amp', 'https://example.com/2019/03/30/story'],
    ['/amp/ suffix', 'https://example.com/2019/03/30/story/amp/', 'https://example.com/2019/03/30/story'],
    ['.amp extension', 'https://example.com/news/story.amp', 'https://example.com/news/story'],
    ['.amp.html extension', 'https://example.com/news/story.amp.html', 'https://example.com/news/story.html'],
    ['?amp switch', 'https://example.com/news/story?amp', 'https://example.com/news/story'],
    ['?amp=1 switch', 'https://example.com/news/story?amp=1', 'https://example.com/news/story'],
    ['outputType=amp', 'https://www.washingtonpost.com/world/x/?outputType=amp', 'https://washingtonpost.com/world/x'],
    ['other outputType kept', 'https://example.com/x?outputType=print', 'https://example.com/x?outputType=print'],
    ['AMP cache URL', 'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story.amp.html', 'https://example.com/news/story.html'],
    ['Google AMP viewer URL', 'https://www.google.com/amp/s/www.example.com/news/story/amp', 'https://example.com/news/story'],
    ['trailing slash', 'https://example.com/news/story/', 'https://example.com/news/story'],
    ['root path', 'https://example.com', 'https://example.com/'],
    ['doubled slashes', 'https://example.com//news//story', 'https://example.com/news/story'],
    ['credentials', 'https://user:secret@example.com/a', 'https://example.com/a'],
    ['dot segments', 'https://example.com/news/../world/./story', 'https://example.com/world/story'],
    ['surrounding spaces', '  https://example.com/a  ', 'https://example.com/a'],
  ])('removes or normalises %s', (_, url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });

  it('keeps the path’s case, which servers may honour', () => {
    expect(canonicalUrl('https://example.com/News/Story')).not.toBe(canonicalUrl('https://example.com/news/story'));
  });

  it.each(['ftp://example.com/a', 'mailto:desk@example.com', 'javascript:alert(1)', 'example.com/a', '/news/a', '', 'not a url'])(
    'rejects %j',
    (url) => {
      expect(() => canonicalUrl(url)).toThrow(InvalidArticleError);
    },
  );

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = canonicalUrl(url);
        expect(canonicalUrl(once)).toBe(once);
      }),
    );
  });
});

describe('articleIdFor', () => {
  it('is 32 hex digits, stable for one URL and different for another', () => {
    const id = articleIdFor('https://example.com/a');
    // Stored ids depend on this value: the first 32 hex digits of sha256("https://example.com/a").
    expect(id).toBe('2dce0a4c50441bfccfa9caf4b58c3cba');
    expect(articleIdFor('https://example.com/a')).toBe(id);
    expect(articleIdFor('https://example.com/b')).not.toBe(id);
  });

  it('gives every variant of one article the same id', () => {
    const ids = ['http://www.example.com/a/?utm_source=x', 'https://m.example.com/a/amp', 'https://example.com/a#top'].map((url) =>
      articleIdFor(canonicalUrl(url)),
    );
    expect(new Set(ids).size).toBe(1);
  });
});

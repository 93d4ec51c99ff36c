import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSubmissionSchema } from '../../../shared/article/article.js';
import { MAX_API_BATCH, MAX_API_BODY_BYTES, MAX_API_BODY_DEPTH, parseApiBody } from '../../../shared/article/api-body.js';
import { InvalidArticleError } from '../../../shared/errors.js';

const article = (overrides: Record<string, unknown> = {}) => ({ url: 'https://example.com/a', title: 'Sanctions widened', ...overrides });

function rejectionOf(raw: string | undefined, limits?: Parameters<typeof parseApiBody>[1]): string {
  try {
    parseApiBody(raw, limits);
  } catch (error) {
    if (error instanceof InvalidArticleError) return error.message;
    throw error;
  }
  throw new Error('expected the body to be rejected');
}

describe('parseApiBody accepts the three shapes', () => {
  it.each([
    ['one article', JSON.stringify(article())],
    ['an array', JSON.stringify([article()])],
    ['{"articles": [...]}', JSON.stringify({ articles: [article()] })],
  ])('%s', (_, raw) => {
    expect(parseApiBody(raw)).toEqual([
      { url: 'https://example.com/a', title: 'Sanctions widened', bodyFormat: 'text', summaryOnly: false, alerts: true, source: { id: 'api', name: 'API' } },
    ]);
  });

  it(`accepts a full batch of ${MAX_API_BATCH}`, () => {
    const batch = Array.from({ length: MAX_API_BATCH }, (_, i) => article({ url: `https://example.com/${i}` }));

    expect(parseApiBody(JSON.stringify({ articles: batch }))).toHaveLength(MAX_API_BATCH);
  });
});

describe('parseApiBody rejects with a clear reason', () => {
  it.each([
    ['no body', undefined, /^body is empty: expected an article object/],
    ['a blank body', '  ', /^body is empty/],
    ['invalid JSON', '{"url": ', /^body is not valid JSON: /],
    ['a JSON number', '42', /^body: expected an article object, an array of articles, or \{"articles": \[\.\.\.\]\}, got number$/],
    ['null', 'null', /got null$/],
    ['articles that is not an array', '{"articles": {"url": "x"}}', /^articles: expected an array, got object$/],
    ['an empty batch', '{"articles": []}', /^no articles: the batch is empty$/],
    ['an empty array', '[]', /^no articles/],
  ])('%s', (_, raw, reason) => {
    expect(rejectionOf(raw)).toMatch(reason);
  });

  it(`a batch over ${MAX_API_BATCH}`, () => {
    const batch = Array.from({ length: MAX_API_BATCH + 1 }, () => article());

    expect(rejectionOf(JSON.stringify(batch))).toBe(`${MAX_API_BATCH + 1} articles, over the limit of ${MAX_API_BATCH} per request`);
  });

  it(`a body over ${MAX_API_BODY_BYTES} bytes, counted in UTF-8`, () => {
    // 400,000 × "€" is 400,000 UTF-16 units but 1.2 MB of UTF-8.
    const raw = JSON.stringify(article({ body: '€'.repeat(400_000) }));

    expect(raw.length).toBeLessThan(MAX_API_BODY_BYTES);
    expect(rejectionOf(raw)).toBe(`body is larger than the ${MAX_API_BODY_BYTES}-byte limit`);
  });

  it(`a body nested deeper than ${MAX_API_BODY_DEPTH} levels, before parsing it`, () => {
    const raw = `{"url":"https://example.com/a","title":"t","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;

    expect(rejectionOf(raw)).toBe(`body nests deeper than ${MAX_API_BODY_DEPTH} levels`);
  });

  it('per-article errors name the index and field and show the value received', () => {
    const raw = JSON.stringify({
      articles: [article(), article({ url: 'ftp://example.com/x', title: '' }), article({ publishedAt: 'yesterday', title: 42 })],
    });

    expect(rejectionOf(raw)).toBe(
      'articles[1].url: expected an absolute http(s) URL (got "ftp://example.com/x"); ' +
        'articles[1].title: must not be empty (got ""); ' +
        'articles[2].title: Invalid input: expected string, received number (got 42); ' +
        'articles[2].publishedAt: expected an ISO-8601 date, got "yesterday"',
    );
  });

  it('a single article names the field without an index', () => {
    expect(rejectionOf(JSON.stringify(article({ bodyFormat: 'markdown' })))).toMatch(/^bodyFormat: .* \(got "markdown"\)$/);
  });

  it('a missing required field says it got nothing', () => {
    expect(rejectionOf('[{"url":"https://example.com/a"}]')).toBe('[0].title: Invalid input: expected string, received undefined (got nothing)');
  });

  it('lists at most ten invalid articles and counts the rest', () => {
    const batch = Array.from({ length: 12 }, () => ({ title: 't' }));

    expect(rejectionOf(JSON.stringify(batch))).toMatch(/^\[0\]\.url: .*\[9\]\.url: [^[]*\(and 2 more invalid articles\)$/);
  });

  it('honours custom limits', () => {
    expect(rejectionOf(JSON.stringify([article(), article()]), { maxBatch: 1 })).toBe('2 articles, over the limit of 1 per request');
    expect(rejectionOf(JSON.stringify(article()), { maxBytes: 10 })).toBe('body is larger than the 10-byte limit');
  });
});

const field = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 30 }), fc.webUrl(), fc.constantFrom('', 'yesterday', '2024-05-01T00:00:00Z', 'html', 'text'));
const articleLike = fc.record(
  { url: field, title: field, body: field, bodyFormat: field, summaryOnly: field, publishedAt: field, updatedAt: field, fetchedAt: field, source: fc.oneof(field, fc.record({ id: field, name: field })), guid: field },
  { requiredKeys: [] },
);
const apiBody = fc.oneof(
  articleLike.map((a) => JSON.stringify(a)),
  fc.array(articleLike, { maxLength: MAX_API_BATCH + 20 }).map((a) => JSON.stringify(a)),
  fc.array(articleLike, { maxLength: 5 }).map((a) => JSON.stringify({ articles: a })),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.tuple(articleLike, fc.nat()).map(([a, cut]) => {
    const json = JSON.stringify([a]);
    return json.slice(0, cut % (json.length + 1));
  }),
  fc.integer({ min: 0, max: 60 }).map((depth) => `${'['.repeat(depth)}${JSON.stringify(article())}${']'.repeat(depth)}`),
  fc.string({ maxLength: 200 }),
  fc.constant(undefined),
);

describe('parseApiBody never crashes on generated bodies', () => {
  it('1,500 generated bodies: valid submissions or InvalidArticleError with a message', { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(apiBody, (raw) => {
        let submissions;
        try {
          submissions = parseApiBody(raw);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidArticleError);
          expect((error as Error).message.trim()).not.toBe('');
          return;
        }
        expect(submissions.length).toBeGreaterThan(0);
        expect(submissions.length).toBeLessThanOrEqual(MAX_API_BATCH);
        for (const submission of submissions) expect(ArticleSubmissionSchema.safeParse(submission).success).toBe(true);
      }),
      { numRuns: 1_500, seed: 20240601 },
    );
  });
});

describe('parseApiBody and where dates come from', () => {
  it('keeps the submitter’s date and leaves an undated article undated', () => {
    const [dated, undated] = parseApiBody(
      JSON.stringify([
        { url: 'https://news.example/a', title: 'A', publishedAt: '2019-03-26T08:00:00Z' },
        { url: 'https://news.example/b', title: 'B' },
      ]),
    );
    expect(dated?.publishedAt).toBe('2019-03-26T08:00:00Z');
    expect(undated).not.toHaveProperty('publishedAt');
  });
});

import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { checkDocument, checkedValue, describeProblems, formatPath } from '../../../shared/config/problems.js';
import { strictObject } from '../../../shared/config/strict-object.js';
import { InvalidConfigError } from '../../../shared/errors.js';

const Schema = strictObject({
  feeds: z.array(strictObject({ id: z.string(), kind: z.enum(['rss', 'atom']), url: z.url() })),
});

describe('formatPath', () => {
  it.each([
    [['watches', 0, 'patients', 1], 'watches[0].patients[1]'],
    [['watches', 2, 'odd key'], 'watches[2]["odd key"]'],
    [[], '(top level)'],
  ])('writes %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('checkDocument', () => {
  it('given a valid document, when checked, then it returns the parsed value', () => {
    const document = { feeds: [{ id: 'bbc', kind: 'rss', url: 'https://feeds.bbci.co.uk/news/world/rss.xml' }] };

    expect(checkDocument(Schema, document)).toEqual({ ok: true, value: document });
  });

  it('given several mistakes, when checked, then each is reported at its path with the value received', () => {
    const document = { feeds: [{ id: 'bbc', kind: 'rdf', url: 'not a url', urls: [] }, { id: 'ft', knd: 'rss', url: 'https://ft.com/rss' }] };

    const checked = checkDocument(Schema, document);

    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems).toEqual(
      expect.arrayContaining([
        { path: 'feeds[0].kind', message: expect.stringContaining('got "rdf"') },
        { path: 'feeds[0].url', message: expect.stringContaining('got "not a url"') },
        { path: 'feeds[0].urls', message: 'unknown key "urls": did you mean "url"?' },
        { path: 'feeds[1].knd', message: 'unknown key "knd": did you mean "kind"?' },
        { path: 'feeds[1].kind', message: expect.stringContaining('expected one of') },
      ]),
    );
  });

  it('given an enum value one letter off, when checked, then the option meant is suggested', () => {
    const checked = checkDocument(Schema, { feeds: [{ id: 'a', kind: 'atomm', url: 'https://a.org/feed' }] });

    expect(!checked.ok && checked.problems[0]!.message).toMatch(/got "atomm": did you mean "atom"\?$/);
  });

  it('given two unknown keys in one object, when checked, then each gets its own problem', () => {
    const checked = checkDocument(Schema, { feeds: [], feed: [], colour: 'red' });

    expect(!checked.ok && checked.problems).toEqual([
      { path: 'feed', message: 'unknown key "feed": did you mean "feeds"?' },
      { path: 'colour', message: 'unknown key "colour": expected one of feeds' },
    ]);
  });
});

describe('checkedValue', () => {
  it('given problems, when unwrapped, then it throws an InvalidConfigError naming the file, the count and every path', () => {
    const problems = [
      { path: 'watches[0].patients[0]', message: '"IRN" is an ISO 3166-1 alpha-3 code: use IR' },
      { path: 'watches[1].patient', message: 'unknown key "patient": did you mean "patients"?' },
    ];

    expect(() => checkedValue({ ok: false, problems }, 'config/watches.json')).toThrow(InvalidConfigError);
    expect(() => checkedValue({ ok: false, problems }, 'config/watches.json')).toThrow(describeProblems('config/watches.json', problems));
    expect(describeProblems('config/watches.json', problems)).toBe(
      [
        'config/watches.json has 2 problems:',
        '  watches[0].patients[0]: "IRN" is an ISO 3166-1 alpha-3 code: use IR',
        '  watches[1].patient: unknown key "patient": did you mean "patients"?',
      ].join('\n'),
    );
  });
});

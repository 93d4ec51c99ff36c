import { describe, expect, it } from 'vitest';
import { loadFeeds, loadWatches, parseFeeds, parseWatches } from '../../infra/config.js';
import { InvalidConfigError } from '../../shared/errors.js';

const repoFile = (path: string) => new URL(`../../${path}`, import.meta.url).pathname;
const watch = (overrides: Record<string, unknown> = {}) => ({
  id: 'venezuela-sanctions',
  name: 'Sanctions on Venezuela',
  categories: ['sanctions'],
  ...overrides,
});

describe('the shipped config files', () => {
  it('are valid, so `cdk synth` can build from them', () => {
    expect(loadWatches(repoFile('config/watches.json')).length).toBeGreaterThan(0);
    expect(loadFeeds(repoFile('config/feeds.json')).length).toBeGreaterThan(0);
  });
});

describe('parseWatches', () => {
  it('applies the schema defaults', () => {
    const [parsed] = parseWatches({ watches: [watch()] });
    expect(parsed!.subscriptions).toEqual({ email: [], sms: [] });
  });

  it.each([
    ['an id with capitals', { watches: [watch({ id: 'Venezuela' })] }, /config\/watches\.json has 1 problem:\n {2}watches\[0\]\.id: .*got "Venezuela"/],
    ['an alpha-3 code', { watches: [watch({ patients: ['IRN'] })] }, /watches\[0\]\.patients\[0\]: "IRN" .*use IR$/],
    ['a misspelt key', { watches: [watch({ patient: ['VE'] })] }, /watches\[0\]\.patient: .*did you mean "patients"\?$/],
    ['an SMS number not in E.164', { watches: [watch({ subscriptions: { sms: ['5555550100'] } })] }, /E\.164/],
    ['an unknown category', { watches: [watch({ categories: ['piracy'] })] }, /categories/],
    ['no watches at all', { watches: [] }, /watches/],
    ['a repeated id', { watches: [watch(), watch()] }, /watch id "venezuela-sanctions" appears more than once/],
  ])('rejects %s, naming the file and the problem', (_, document, message) => {
    expect(() => parseWatches(document, 'config/watches.json')).toThrow(InvalidConfigError);
    expect(() => parseWatches(document, 'config/watches.json')).toThrow(message);
  });
});

describe('parseFeeds', () => {
  it.each([
    ['a non-http URL', { feeds: [{ id: 'a', name: 'A', url: 'ftp://example.com/feed' }] }, /url/],
    ['a repeated id', { feeds: [{ id: 'a', name: 'A', url: 'https://a.example/' }, { id: 'a', name: 'B', url: 'https://b.example/' }] }, /feed id "a" appears more than once/],
    ['a misspelt key', { feeds: [{ id: 'a', name: 'A', link: 'https://a.example/' }] }, /feeds\[0\]\.link: unknown key "link"/],
  ])('rejects %s', (_, document, message) => {
    expect(() => parseFeeds(document, 'config/feeds.json')).toThrow(message);
  });
});

describe('loadWatches', () => {
  it('fails with the path when the file is not JSON', () => {
    expect(() => loadWatches(repoFile('package-lock.json.missing'))).toThrow(/package-lock\.json\.missing could not be read/);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConfigCommand } from '../../../local/cli/check-config.js';
import { runCli } from '../../support/cli-io.js';

const dir = mkdtempSync(join(tmpdir(), 'tocsin-check-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const aFile = (content: unknown): string => {
  const file = join(dir, `config-${++files}.json`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};
const watchesWith = (overrides: Record<string, unknown>) => aFile({ watches: [{ id: 'iran-sanctions', name: 'Sanctions on Iran', categories: ['sanctions'], ...overrides }] });

const run = (args: string[]) => runCli(checkConfigCommand.run, args);

describe('tocsin check-config', () => {
  it('passes the shipped config, noting the example subscribers a deploy would refuse', async () => {
    const { code, out } = await run([]);

    expect(code).toBe(0);
    expect(out).toContain('config/watches.json: 3 watches OK');
    expect(out).toContain('note: 6 subscribers are examples');
    expect(out).toContain('config/feeds.json: 2 feeds OK');
  });

  it.each([
    ['an alpha-3 code', { patients: ['IRN'] }, '  watches[0].patients[0]: "IRN" is an ISO 3166-1 alpha-3 code: use IR'],
    ['a country name', { patients: ['Iran'] }, '  watches[0].patients[0]: "Iran" is a name the tagger reports as IR: use IR'],
    ['USA', { agents: ['USA'] }, '  watches[0].agents[0]: "USA" is an ISO 3166-1 alpha-3 code: use US'],
    ['an unknown key', { patient: ['IR'] }, '  watches[0].patient: unknown key "patient": did you mean "patients"?'],
  ])('fails on %s, naming its path and the fix', async (_, overrides, line) => {
    const file = watchesWith(overrides);

    const { code, out } = await run(['--watches', file]);

    expect(code).toBe(1);
    expect(out.split('\n')).toEqual(expect.arrayContaining([`${file}: 1 problem`, line]));
  });

  it('reports every problem of both files in one run', async () => {
    const watches = watchesWith({ patient: ['IR'], countries: ['Venezuela'] });
    const feeds = aFile({ feeds: [{ id: 'bbc-world', name: 'BBC', link: 'https://feeds.bbci.co.uk/news/world/rss.xml' }] });

    const { code, out } = await run(['--watches', watches, '--feeds', feeds]);

    expect(code).toBe(1);
    expect(out).toContain(`${watches}: 2 problems`);
    expect(out).toContain('watches[0].countries[0]: "Venezuela" is a name the tagger reports as VE: use VE');
    expect(out).toContain(`${feeds}: 2 problems`);
    expect(out).toContain('feeds[0].link: unknown key "link"');
    expect(out).toContain('feeds[0].url: Invalid input: expected string, received undefined');
  });

  it('with --deploy, refuses the example subscribers of the shipped config', async () => {
    const { code, out } = await run(['--deploy']);

    expect(code).toBe(1);
    expect(out).toContain('config/watches.json (for a deploy): 6 problems');
    expect(out).toContain('watches[0].subscriptions.email[0]: "compliance-team@example.com" is an example address');
  });

  it('with --deploy, passes a file whose subscribers are real', async () => {
    const file = watchesWith({ subscriptions: { email: ['sanctions-desk@tocsin.dev'] } });

    expect((await run(['--watches', file, '--deploy'])).code).toBe(0);
  });

  it('fails on a file that is not JSON, saying so', async () => {
    const file = aFile('{ "watches": [ ');

    const { code, out } = await run(['--watches', file]);

    expect(code).toBe(1);
    expect(out).toContain('(file): is not JSON');
  });

  it('rejects an unknown option with exit code 2 and the usage', async () => {
    const { code, err } = await run(['--watch', 'config/watches.json']);

    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--watch'");
    expect(err).toContain('Usage: tocsin check-config');
  });
});

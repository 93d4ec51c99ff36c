import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkpointPath, importCommand } from '../../../local/cli/import.js';

const BBC = new URL('../../../../shared/corpus/bbc-news-2004-2005.jsonl', import.meta.url).pathname;

const capture = () => {
  let text = '';
  const stream = new Writable({ write: (chunk, _encoding, done) => ((text += chunk.toString()), done()) });
  return { stream, text: () => text };
};

/** Runs `tocsin import` in-process and returns its last line, parsed. */
async function runImport(args: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await importCommand.run(args, { stdin: Readable.from([]), stdout: stdout.stream, stderr: stderr.stream });
  const last = stdout.text().trim().split('\n').at(-1) ?? '';
  return { code, summary: JSON.parse(last) as Record<string, number>, stderr: stderr.text() };
}

const sumsUp = (s: Record<string, number>) => s.read === s.stored! + s.duplicates! + s.rejected!;

describe.skipIf(!existsSync(BBC))('tocsin import on the BBC corpus (local pipeline, persistent dynalite)', () => {
  // A slice keeps the suite quick; the whole corpus figures are in the README.
  const lines = existsSync(BBC) ? readFileSync(BBC, 'utf8').split('\n').filter(Boolean).slice(0, 120) : [];

  it('stores every article, refuses a broken line with its line number, and stores nothing new the second time', async () => {
    const data = await mkdtemp(join(tmpdir(), 'tocsin-import-'));
    const file = join(data, 'slice.jsonl');
    await writeFile(file, [...lines.slice(0, 60), '{"title": "broken', '', lines[0], ...lines.slice(60)].join('\n'));

    const first = await runImport([file, '--data', data]);
    const second = await runImport([file, '--data', data]);

    expect(first.code).toBe(0);
    expect(first.summary.read).toBe(122);
    expect(first.summary.rejected).toBe(1);
    expect(first.stderr).toMatch(/line 61: not valid JSON/);
    expect(first.summary.stored).toBeGreaterThan(110);
    expect(sumsUp(first.summary)).toBe(true);
    expect(second.summary).toEqual({ read: 122, stored: 0, duplicates: 121, rejected: 1, alerts: 0 });
  });

  it('resumes an interrupted import where its checkpoint says, and still accounts for every line', async () => {
    const data = await mkdtemp(join(tmpdir(), 'tocsin-resume-'));
    const file = join(data, 'slice.jsonl');
    await writeFile(file, lines.slice(0, 30).join('\n'));
    // An earlier run got through 20 lines, storing 20, before it stopped.
    await mkdir(join(data, 'imports'), { recursive: true });
    await writeFile(await checkpointPath(data, file), JSON.stringify({ lineNumber: 20, read: 20, stored: 20, duplicates: 0, rejected: 0 }));

    const resumed = await runImport([file, '--data', data]);

    expect(resumed.summary.read).toBe(30);
    expect(resumed.summary.stored).toBe(30);
    expect(existsSync(await checkpointPath(data, file))).toBe(false);
  });
});

describe('tocsin import on a small mixed file (no team kit needed)', () => {
  const MIXED = new URL('../../fixtures/import/mixed-articles.jsonl', import.meta.url).pathname;

  it('accounts for every line, stores each article once, and stores nothing the second time', async () => {
    const data = await mkdtemp(join(tmpdir(), 'tocsin-mixed-'));

    const first = await runImport([MIXED, '--data', data]);
    const second = await runImport([MIXED, '--data', data]);

    // 10 non-blank lines: 6 articles, a tracking-parameter copy, a copy at another URL, 2 broken.
    expect(first.summary).toEqual({ read: 10, stored: 6, duplicates: 2, rejected: 2, alerts: 0 });
    expect(first.stderr).toMatch(/line 8: not valid JSON/);
    expect(first.stderr).toMatch(/line 10: needs a "url"/);
    expect(second.summary).toEqual({ read: 10, stored: 0, duplicates: 8, rejected: 2, alerts: 0 });
  });
});

it('names the missing file', async () => {
  const { code, stderr } = await (async () => {
    const err = capture();
    return { code: await importCommand.run(['/no/such/file.jsonl'], { stdin: Readable.from([]), stdout: capture().stream, stderr: err.stream }), stderr: err.text() };
  })();
  expect(code).toBe(2);
  expect(stderr).toContain('no such file: /no/such/file.jsonl');
});

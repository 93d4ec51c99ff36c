import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { alertsCommand, parseSince } from '../../../local/cli/alerts.js';
import { importCommand } from '../../../local/cli/import.js';
import type { CliCommand } from '../../../local/cli/command.js';

const capture = () => {
  let text = '';
  const stream = new Writable({ write: (chunk, _encoding, done) => ((text += chunk.toString()), done()) });
  return { stream, text: () => text };
};

async function run(command: CliCommand, args: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await command.run(args, { stdin: Readable.from([]), stdout: stdout.stream, stderr: stderr.stream });
  return { code, out: stdout.text(), err: stderr.text() };
}

const lastLine = (text: string) => JSON.parse(text.trim().split('\n').at(-1)!) as Record<string, unknown>;

/** Two sanctions articles on Venezuela: one from an hour ago (news), one from 2004 (a backfill). */
async function anImportFile(dir: string): Promise<string> {
  const file = join(dir, 'articles.jsonl');
  const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
  await writeFile(
    file,
    [
      { url: 'https://news.example.com/venezuela-oil', title: 'US sanctions Venezuela’s state oil company', body: 'The United States imposed sanctions on Venezuela’s state oil company on Monday, freezing its assets.', publishedAt: anHourAgo },
      { url: 'https://archive.example.com/2004/venezuela', title: 'US imposes sanctions on Venezuela', body: 'The United States imposed sanctions on Venezuela on Tuesday over drug trafficking.', publishedAt: '2004-03-02T09:00:00Z' },
    ]
      .map((line) => JSON.stringify(line))
      .join('\n'),
  );
  return file;
}

describe('tocsin alerts', () => {
  it('after an import, alerts nothing and lists nothing: an import is a backfill unless --alerts', async () => {
    const data = await mkdtemp(join(tmpdir(), 'tocsin-alerts-'));

    const imported = await run(importCommand, [await anImportFile(data), '--data', data]);
    const listed = await run(alertsCommand, ['--watch', 'venezuela-sanctions', '--data', data]);

    expect(lastLine(imported.out)).toMatchObject({ stored: 2, alerts: 0 });
    expect(listed).toEqual({ code: 0, out: '', err: '' });
  });

  it('after an import with --alerts, lists the decisions as JSON lines: the fresh article sent, the 2004 one skipped as stale', async () => {
    const data = await mkdtemp(join(tmpdir(), 'tocsin-alerts-'));

    const imported = await run(importCommand, [await anImportFile(data), '--data', data, '--alerts']);
    const listed = await run(alertsCommand, ['--watch', 'venezuela-sanctions', '--since', '7d', '--data', data]);
    const table = await run(alertsCommand, ['--watch', 'venezuela-sanctions', '--data', data, '--format', 'table']);

    expect(lastLine(imported.out)).toMatchObject({ stored: 2, alerts: 1 });
    const decisions = listed.out.trim().split('\n').map((line) => JSON.parse(line));
    expect(decisions.map((d) => d.outcome).sort()).toEqual(['sent', 'skipped-stale']);
    const sent = decisions.find((d) => d.outcome === 'sent');
    expect(sent).toMatchObject({ watchId: 'venezuela-sanctions', url: 'https://news.example.com/venezuela-oil', channels: ['email', 'sms'] });
    expect(sent.snsMessageId).toMatch(/.+/);
    expect(sent.mentions[0]).toMatchObject({ ruleId: expect.any(String), evidence: { text: expect.stringContaining('imposed sanctions') } });
    expect(decisions.find((d) => d.outcome === 'skipped-stale').reason).toBe('published 2004-03-02T09:00:00Z: outside the 72 h freshness window');
    expect(table.out.split('\n')[0]).toMatch(/^decided at\s+outcome\s+severity\s+alert id\s+headline\s+reason$/);
    expect(table.out).toContain('skipped-stale');
  });

  it.each([
    [['--since', '7d'], 'give --watch ID'],
    [['--watch', 'w', '--since', 'last week'], '--since: expected "7d", "12h" or a date, got "last week"'],
    [['--watch', 'w', '--format', 'csv'], '--format: expected json or table, got "csv"'],
    [['--watch', 'w', '--limit', '0'], '--limit: expected a positive whole number'],
  ])('refuses %j with exit code 2, naming the problem', async (args, message) => {
    const { code, err } = await run(alertsCommand, args);

    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it('says when there is no local store to read', async () => {
    const { code, err } = await run(alertsCommand, ['--watch', 'w', '--data', join(tmpdir(), 'no-such-tocsin-store')]);

    expect(code).toBe(1);
    expect(err).toContain('no local store under');
  });
});

describe('parseSince', () => {
  const now = new Date('2019-03-28T09:00:00.000Z');

  it.each([
    ['7d', '2019-03-21T09:00:00.000Z'],
    ['12h', '2019-03-27T21:00:00.000Z'],
    ['30m', '2019-03-28T08:30:00.000Z'],
    ['2019-03-01', '2019-03-01T00:00:00.000Z'],
  ])('reads %s', (value, expected) => {
    expect(parseSince(value, now)).toBe(expected);
  });

  it('refuses anything else', () => {
    expect(parseSince('yesterday', now)).toBeUndefined();
  });
});

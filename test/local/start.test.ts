import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

/** `npm start` as a newcomer runs it: embedded dynalite and fauxqs, the demo feed, the real handlers. */
it('npm start prints the alerts and ends with the summary line', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    timeout: 120_000,
  });

  const lines = stdout.trim().split('\n');
  const summary = JSON.parse(lines.at(-1)!);
  expect(summary).toEqual({
    articles: 6,
    duplicates: 1,
    rejected: 2,
    mentions: { sanctions: expect.any(Number), 'military-deployment': expect.any(Number) },
    alerts: 3,
    updates: 2,
    digests: 1,
    held: 0,
  });
  expect(summary.mentions.sanctions).toBeGreaterThan(0);
  expect(summary.mentions['military-deployment']).toBeGreaterThan(0);
  expect(stdout).toContain('EMAIL to compliance-team@example.com');
  expect(stdout).toContain('SMS to +15555550100');
  expect(stdout).toContain('Poll 2: not-modified');
  expect(stdout).toContain('Poll 2: 0 messages delivered');
  expect(stdout).toContain('UPDATE EMAIL to compliance-team@example.com');
  expect(stdout).toContain('- New target: Minerven (VE)');
  expect(stdout).toContain('- New destination: CU');
  expect(stdout).toContain('DIGEST EMAIL to sanctions-desk@example.com');
  expect(stdout).toContain('Daily digest, 2019-03-29 08:00 Europe/London');
  expect(stdout).toMatch(/Digest schedule at 2019-03-29T08:05:00.000Z: sanctions-daily already-sent\nDigest schedule at 2019-03-29T08:05:00.000Z: 0 messages delivered/);
}, 130_000);

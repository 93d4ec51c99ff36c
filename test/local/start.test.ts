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
    articles: 5,
    duplicates: 1,
    rejected: 2,
    mentions: { sanctions: expect.any(Number), 'military-deployment': expect.any(Number) },
    alerts: 3,
  });
  expect(summary.mentions.sanctions).toBeGreaterThan(0);
  expect(summary.mentions['military-deployment']).toBeGreaterThan(0);
  expect(stdout).toContain('EMAIL to compliance-team@example.com');
  expect(stdout).toContain('SMS to +15555550100');
  expect(stdout).toContain('Poll 2: not-modified');
}, 130_000);

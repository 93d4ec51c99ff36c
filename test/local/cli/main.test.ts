import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../local/cli/commands.js';
import { main } from '../../../local/cli/main.js';

function run(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return main(args, { stdin: Readable.from([]), stdout, stderr }).then((code) => ({ code, out, err }));
}

describe('tocsin', () => {
  it('lists every command with its summary on --help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    const lines = out.split('\n').map((line) => line.trim().split(/\s{2,}/));
    for (const command of COMMANDS) expect(lines).toContainEqual([command.name, command.summary]);
  });

  it.each(COMMANDS.map((c) => [c.name]))('prints the usage of %s on --help without running it', async (name) => {
    const command = COMMANDS.find((c) => c.name === name)!;
    const viaFlag = await run([name, '--help']);
    const viaHelp = await run(['help', name]);
    expect(viaFlag).toMatchObject({ code: 0, out: `${command.usage}\n` });
    expect(viaHelp.out).toBe(viaFlag.out);
  });

  it('rejects an unknown command with exit code 2 and the list of commands', async () => {
    const { code, err } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(err).toContain('unknown command "frobnicate"');
    expect(err).toContain('Commands:');
  });
});

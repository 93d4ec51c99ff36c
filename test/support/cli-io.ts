import { PassThrough, Readable } from 'node:stream';
import type { CliCommand } from '../../local/cli/command.js';

/**
 * Runs a `tocsin` command (`command.run`, or `main` for the dispatcher) in-process with no standard
 * input; resolves to its exit code and what it wrote.
 */
export async function runCli(run: CliCommand['run'], args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await run(args, { stdin: Readable.from([]), stdout, stderr });
  return { code, out, err };
}

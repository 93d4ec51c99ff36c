import { PassThrough, Readable } from 'node:stream';
import type { CliCommand } from '../../local/cli/command.js';

/** Output streams that record what a command writes; `out()` and `err()` read it back. */
export function captureOutput() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { stdout, stderr, out: () => out, err: () => err };
}

/** Runs one CLI command with captured output and no standard input; resolves to its exit code and what it wrote. */
export async function runCommand(command: CliCommand, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const output = captureOutput();
  const code = await command.run(args, { stdin: Readable.from([]), stdout: output.stdout, stderr: output.stderr });
  return { code, out: output.out(), err: output.err() };
}

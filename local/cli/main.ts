import { importCommand } from './import.js';
import { tagCommand } from './tag.js';

const USAGE = `Usage:
  tocsin tag FILE|-                 print the sanctions and deployment mentions of a text as JSON
  tocsin import FILE.jsonl [--data DIR] [--restart]
                                    import NDJSON articles into the local pipeline (resumable)
  tocsin import FILE.jsonl --to-stack --queue-url URL
                                    send them to a deployed stack's articles queue instead`;

/** Dispatches `tocsin <command>`; returns the exit code. */
export async function main(args: string[]): Promise<number> {
  const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
  const [command, ...rest] = args;
  if (command === 'tag') return tagCommand(rest, io);
  if (command === 'import') return importCommand(rest, io);
  io.stderr.write(`${command ? `unknown command "${command}"\n` : ''}${USAGE}\n`);
  return command === undefined || command === '--help' ? 0 : 2;
}

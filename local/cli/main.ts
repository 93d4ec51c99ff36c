import type { CliIo } from './command.js';
import { wantsHelp } from './command.js';
import { COMMANDS } from './commands.js';

const overview = (): string => {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: tocsin <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'tocsin <command> --help' for a command's options.",
  ].join('\n');
};

/** Dispatches `tocsin <command>`; returns the exit code. */
export async function main(args: string[], io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === 'help' || wantsHelp([name])) {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write(`${topic ? topic.usage : overview()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`tocsin: unknown command "${name}"\n\n${overview()}\n`);
    return 2;
  }
  if (wantsHelp(rest)) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  return command.run(rest, io);
}

import { readFile } from 'node:fs/promises';
import { tagText } from '../../shared/tagging/index.js';
import type { CliCommand, CliIo } from './command.js';

const USAGE = `Usage: tocsin tag FILE   (or - to read standard input)
Prints the sanctions and military-deployment mentions in a plain-text file as JSON.

Example:
  tocsin tag local/demo/first-article.txt`;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Exit codes: 0 on success, 1 when the file cannot be read, 2 on bad usage. */
async function tag(args: string[], io: CliIo): Promise<number> {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (e) {
    io.stderr.write(`tocsin tag: cannot read ${JSON.stringify(file)}: ${(e as Error).message}\n`);
    return 1;
  }
  io.stdout.write(`${JSON.stringify(tagText(text), null, 2)}\n`);
  return 0;
}

/** `tocsin tag FILE`: tags a plain-text file (or standard input with `-`) and prints the mentions as JSON. */
export const tagCommand: CliCommand = {
  name: 'tag',
  summary: 'print the sanctions and deployment mentions of a text as JSON',
  usage: USAGE,
  run: tag,
};

import { readFile } from 'node:fs/promises';
import { tagText } from '../../shared/tagging/index.js';

const USAGE = 'usage: tocsin tag FILE   (or - to read standard input)\nPrints the sanctions and military-deployment mentions in the text as JSON.\n';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `tocsin tag FILE`: tags a plain-text file (or standard input with `-`) and prints the
 * mentions as JSON. Returns the exit code: 0 on success, 1 when the file cannot be read, 2 on
 * bad usage.
 *
 * @example
 * tocsin tag local/demo/first-article.txt
 */
export async function tagCommand(
  args: string[],
  io: { stdin: NodeJS.ReadableStream; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    io.stdout.write(USAGE);
    return 0;
  }
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) {
    io.stderr.write(USAGE);
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

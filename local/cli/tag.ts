import { readFile } from 'node:fs/promises';
import { linkMentions } from '../../shared/entity-linking/link-mentions.js';
import { RejectedInputError } from '../../shared/errors.js';
import { buildSanctionsIndex } from '../../shared/sanctions-lists/sanctions-index.js';
import { tagText } from '../../shared/tagging/index.js';
import type { CliCommand, CliIo } from './command.js';
import { readListDir } from './lists.js';

const USAGE = `Usage: tocsin tag FILE [--sdn DIR]   (FILE may be - to read standard input)
Prints the sanctions and military-deployment mentions in a plain-text file as JSON.

Options:
  --sdn DIR   link the named parties of each mention to the OFAC SDN list in DIR, which holds
              OFAC's own files sdn.csv, alt.csv and add.csv; a linked actor carries
              "sanctions": [{"list":"us-ofac-sdn","id":…,"name":…,"programs":[…],"score":…,"alias":…}]

Example:
  tocsin tag local/demo/first-article.txt --sdn local/demo/sdn`;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(args: readonly string[]): { file: string; sdn?: string } | undefined {
  const positional: string[] = [];
  let sdn: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--sdn') {
      sdn = args[++i];
      if (sdn === undefined) return undefined;
    } else if (arg.startsWith('--sdn=')) sdn = arg.slice('--sdn='.length);
    else positional.push(arg);
  }
  const [file, ...rest] = positional;
  return file === undefined || rest.length > 0 ? undefined : { file, sdn };
}

/** Exit codes: 0 on success, 1 when the file or list cannot be read or the text is refused, 2 on bad usage. */
async function tag(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (!parsed) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const { file, sdn } = parsed;
  let text: string;
  try {
    text = file === '-' ? await readAll(io.stdin) : await readFile(file, 'utf8');
  } catch (e) {
    io.stderr.write(`tocsin tag: cannot read ${JSON.stringify(file)}: ${(e as Error).message}\n`);
    return 1;
  }
  let index;
  try {
    index = sdn === undefined ? undefined : buildSanctionsIndex(await readListDir(sdn));
  } catch (e) {
    io.stderr.write(`tocsin tag: cannot read the SDN list in ${JSON.stringify(sdn)}: ${(e as Error).message}\n`);
    return 1;
  }
  let mentions;
  try {
    mentions = tagText(text);
  } catch (e) {
    // The tagger refuses some input outright (a text over its size cap): say why, rather than a stack trace.
    if (!(e instanceof RejectedInputError)) throw e;
    io.stderr.write(`tocsin tag: ${e.message}\n`);
    return 1;
  }
  io.stdout.write(`${JSON.stringify(index ? linkMentions(index, text, mentions) : mentions, null, 2)}\n`);
  return 0;
}

/** `tocsin tag FILE [--sdn DIR]`: tags a plain-text file (or standard input with `-`) and prints the mentions as JSON. */
export const tagCommand: CliCommand = {
  name: 'tag',
  summary: 'print the sanctions and deployment mentions of a text as JSON (--sdn DIR: linked to the SDN list)',
  usage: USAGE,
  run: tag,
};

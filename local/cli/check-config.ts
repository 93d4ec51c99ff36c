import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Checked, ConfigProblem } from '../../shared/config/problems.js';
import { checkFeeds } from '../../shared/feeds/feed-config.js';
import { exampleContacts } from '../../shared/watch/check-contacts.js';
import { checkWatches } from '../../shared/watch/check-watches.js';
import type { CliCommand, CliIo } from './command.js';

const USAGE = `Usage: tocsin check-config [--watches FILE] [--feeds FILE] [--deploy]
Checks the watches and feeds files with the same check \`cdk synth\` and the functions run:
unknown keys (naming the key meant), country codes and names the tagger never reports ("IRN",
"Iran" and "USA" name IR, IR and US), watches that can never match, repeated ids. Prints every
problem with its JSON path and exits 1 if there is any.

Options:
  --watches FILE   the watches file (default: the shipped config/watches.json)
  --feeds FILE     the feeds file (default: the shipped config/feeds.json)
  --deploy         also refuse example subscribers (example.com addresses, 555-01xx numbers),
                   as \`cdk deploy\` to an AWS account does

Examples:
  tocsin check-config
  tocsin check-config --watches my-watches.json --deploy`;

const shipped = (name: string): string => fileURLToPath(new URL(`../../config/${name}`, import.meta.url));

type Check<T> = (document: unknown) => Checked<T>;

/** The file's problems, or its parsed entries; a file that cannot be read or parsed is one problem. */
async function checkFile<T>(file: string, check: Check<T>): Promise<Checked<T>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: `cannot be read: ${(error as Error).message}` }] };
  }
  try {
    return check(JSON.parse(text));
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: `is not JSON: ${(error as Error).message}` }] };
  }
}

const report = (io: Pick<CliIo, 'stdout'>, label: string, problems: readonly ConfigProblem[]): void => {
  io.stdout.write(`${label}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  for (const p of problems) io.stdout.write(`  ${p.path}: ${p.message}\n`);
};

/** Exit codes: 0 when both files pass, 1 when either has a problem, 2 on bad usage. */
async function checkConfig(args: string[], io: CliIo): Promise<number> {
  let values: { watches?: string; feeds?: string; deploy?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { watches: { type: 'string' }, feeds: { type: 'string' }, deploy: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    io.stderr.write(`tocsin check-config: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const watchesFile = values.watches ?? shipped('watches.json');
  const feedsFile = values.feeds ?? shipped('feeds.json');
  const watchesLabel = values.watches ?? 'config/watches.json';
  const feedsLabel = values.feeds ?? 'config/feeds.json';

  let failed = false;
  const watches = await checkFile(watchesFile, checkWatches);
  if (watches.ok) {
    const examples = exampleContacts(watches.value);
    if (values.deploy && examples.length > 0) {
      report(io, `${watchesLabel} (for a deploy)`, examples);
      failed = true;
    } else {
      io.stdout.write(`${watchesLabel}: ${watches.value.length} watches OK\n`);
      if (examples.length > 0) {
        io.stdout.write(`  note: ${examples.length} subscribers are examples (example.com, 555-01xx); a deploy to an AWS account refuses them (see --deploy)\n`);
      }
    }
  } else {
    report(io, watchesLabel, watches.problems);
    failed = true;
  }

  const feeds = await checkFile(feedsFile, checkFeeds);
  if (feeds.ok) io.stdout.write(`${feedsLabel}: ${feeds.value.length} feeds OK\n`);
  else {
    report(io, feedsLabel, feeds.problems);
    failed = true;
  }
  return failed ? 1 : 0;
}

/** `tocsin check-config`: the config check of `cdk synth` and function start, without synthesising anything. */
export const checkConfigCommand: CliCommand = {
  name: 'check-config',
  summary: 'check watches and feeds files, naming the JSON path of every problem',
  usage: USAGE,
  run: checkConfig,
};

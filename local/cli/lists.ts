import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildList, ofacSdnAdapter, type ListAdapter } from '../../shared/sanctions-lists/adapter.js';
import { diffCounts, diffLists, type ListDiff } from '../../shared/sanctions-lists/diff.js';
import type { SanctionsList } from '../../shared/sanctions-lists/list.js';
import type { CliCommand, CliIo } from './command.js';

const USAGE = `Usage: tocsin lists diff OLD_DIR NEW_DIR
Compares two versions of the OFAC SDN list, each a directory holding OFAC's own files
(sdn.csv, alt.csv, add.csv), and prints the entries added, removed and changed. The last line
is a JSON summary: {"added":N,"removed":N,"changed":N}.

Example:
  tocsin lists diff sdn-2024-04-26/ sdn-2024-05-03/`;

/**
 * One version of a list from a directory holding its files under the publisher's names (for OFAC:
 * sdn.csv, alt.csv, add.csv). Throws naming the missing file or the malformed row.
 */
export async function readListDir(dir: string, adapter: ListAdapter = ofacSdnAdapter): Promise<SanctionsList> {
  const files: Record<string, string> = {};
  for (const name of adapter.files) {
    const bytes = await readFile(join(dir, name)).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`${join(dir, name)}: ${error.code === 'ENOENT' ? `not found (a list directory holds ${adapter.files.join(', ')})` : error.message}`);
    });
    files[name] = new TextDecoder(adapter.encoding).decode(bytes);
  }
  return buildList(adapter, files, dir);
}

const describeEntry = (e: { id: string; name: string; type: string; programs: readonly string[] }): string =>
  `${e.id}  ${e.name}  (${e.type}; ${e.programs.join(', ') || 'no program'})`;

function printDiff(diff: ListDiff, io: CliIo): void {
  const section = (title: string, lines: string[]) => {
    io.stdout.write(`${title} (${lines.length})\n`);
    for (const line of lines) io.stdout.write(`  ${line}\n`);
  };
  section('Added', diff.added.map(describeEntry));
  section('Removed', diff.removed.map(describeEntry));
  section('Changed', diff.changed.map((c) => `${describeEntry(c.after)}: ${c.fields.join(', ')}`));
  io.stdout.write(`${JSON.stringify(diffCounts(diff))}\n`);
}

/** Exit codes: 0 on success, 1 when a directory cannot be read or parsed, 2 on bad usage. */
async function lists(args: string[], io: CliIo): Promise<number> {
  const [sub, oldDir, newDir, ...rest] = args;
  if (sub !== 'diff' || oldDir === undefined || newDir === undefined || rest.length > 0) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    const [before, after] = await Promise.all([readListDir(oldDir), readListDir(newDir)]);
    printDiff(diffLists(before, after), io);
    return 0;
  } catch (error) {
    io.stderr.write(`tocsin lists diff: ${(error as Error).message}\n`);
    return 1;
  }
}

/** `tocsin lists diff OLD_DIR NEW_DIR`: what a new version of the SDN list added, removed and changed. */
export const listsCommand: CliCommand = {
  name: 'lists',
  summary: 'compare two versions of the OFAC SDN list (lists diff OLD_DIR NEW_DIR)',
  usage: USAGE,
  run: lists,
};

import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { countryCode } from './countries.js';
import { InvalidListError } from './errors.js';
import type { Alias, EntryType, ListEntry } from './list.js';

/** OFAC's legacy CSV files: primary records, alternate names, addresses. No header rows. */
export interface OfacFiles {
  'sdn.csv': string;
  'alt.csv': string;
  'add.csv': string;
}
export const OFAC_FILE_NAMES = ['sdn.csv', 'alt.csv', 'add.csv'] as const satisfies readonly (keyof OfacFiles)[];

/** Columns per file, in OFAC's order. */
const COLUMNS: Readonly<Record<keyof OfacFiles, number>> = { 'sdn.csv': 12, 'alt.csv': 5, 'add.csv': 6 };

/** OFAC writes "-0- " (with the space) for an empty field. */
const cell = (value: string | undefined): string => {
  const trimmed = (value ?? '').trim();
  return trimmed === '-0-' ? '' : trimmed;
};

/**
 * Rows of one file, every row checked for OFAC's column count. Tolerates CRLF line ends and the
 * trailing SUB (0x1A) byte OFAC ends each file with.
 */
export function parseOfacCsv(file: keyof OfacFiles, text: string): string[][] {
  const body = text.replace(/\x1A\s*$/, '');
  let rows: string[][];
  try {
    rows = parse(body, { skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    throw new InvalidListError(`${file}: not valid CSV: ${(error as Error).message}`);
  }
  const expected = COLUMNS[file];
  rows.forEach((row, index) => {
    if (row.length !== expected) {
      throw new InvalidListError(`${file}: row ${index + 1} has ${row.length} columns, expected ${expected}: ${JSON.stringify(row.slice(0, 3))}`);
    }
    if (!/^\d+$/.test(cell(row[0]))) throw new InvalidListError(`${file}: row ${index + 1} has no entry number: ${JSON.stringify(row[0])}`);
  });
  return rows.map((row) => row.map(cell));
}

const ENTRY_TYPES: Readonly<Record<string, EntryType>> = { '': 'entity', individual: 'individual', vessel: 'vessel', aircraft: 'aircraft' };

/** "a.k.a. 'BNC'; f.k.a. 'X'." in the remarks: aliases OFAC also lists in alt.csv, usually. */
const REMARK_ALIAS = /\b([afn])\.k\.a\. '(.+?)'(?=;|\.?$)/g;
/** "Linked To: PETROLEOS DE VENEZUELA, S.A." up to the next "; " or the end. */
const LINKED_TO = /Linked To: (.+?)(?=; |$)/g;

const groupByEntry = (rows: readonly string[][]): Map<string, string[][]> => {
  const groups = new Map<string, string[][]>();
  for (const row of rows) {
    const id = row[0] ?? '';
    const group = groups.get(id);
    if (group) group.push(row);
    else groups.set(id, [row]);
  }
  return groups;
};

const digestOf = (rows: readonly (readonly string[])[]): string =>
  createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 12);

/**
 * Entries of the SDN list from OFAC's three legacy CSV files: types, programs, aliases from alt.csv
 * and the remarks, countries from add.csv, "Linked To" relations from the remarks. Aliases and
 * addresses of entry numbers absent from sdn.csv are ignored.
 */
export function parseOfacSdn(files: OfacFiles): ListEntry[] {
  const aliases = groupByEntry(parseOfacCsv('alt.csv', files['alt.csv']));
  const addresses = groupByEntry(parseOfacCsv('add.csv', files['add.csv']));
  return parseOfacCsv('sdn.csv', files['sdn.csv']).map((row) => {
    const [id = '', name = '', type = '', program = '', , , , , , , , remarks = ''] = row;
    const entryType = ENTRY_TYPES[type.toLowerCase()];
    if (!entryType) throw new InvalidListError(`sdn.csv: entry ${id} has unknown type ${JSON.stringify(type)}`);
    const altRows = aliases.get(id) ?? [];
    const addRows = addresses.get(id) ?? [];
    const entryAliases: Alias[] = altRows.map(([, , kind = '', alias = '']) => ({ name: alias, kind: kind === 'fka' || kind === 'nka' ? kind : 'aka' }));
    for (const [, kind, alias] of remarks.matchAll(REMARK_ALIAS)) {
      if (alias && !entryAliases.some((a) => a.name === alias)) entryAliases.push({ name: alias, kind: kind === 'f' ? 'fka' : kind === 'n' ? 'nka' : 'aka' });
    }
    const countries = new Set(addRows.map(([, , , , country = '']) => countryCode(country)).filter((c): c is string => c !== undefined));
    return {
      id,
      name,
      type: entryType,
      programs: program.split('] [').map((p) => p.trim()).filter(Boolean),
      aliases: entryAliases.filter((a) => a.name !== '' && a.name !== name),
      countries: [...countries],
      linkedTo: [...remarks.matchAll(LINKED_TO)].map(([, linked = '']) => linked.replace(/\.$/, '')),
      digest: digestOf([row, ...altRows, ...addRows]),
    };
  });
}

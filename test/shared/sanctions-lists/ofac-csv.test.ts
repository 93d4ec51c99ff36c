import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidListError } from '../../../shared/sanctions-lists/errors.js';
import { parseOfacCsv, parseOfacSdn } from '../../../shared/sanctions-lists/ofac-csv.js';
import { KIT_OFAC_DIR, KIT_OFAC_PRESENT } from '../../support/sanctions.js';

/** Rows in OFAC's legacy format: no header, "-0- " for empty, CRLF, a trailing SUB byte. */
const ofacFile = (...rows: string[]): string => `${rows.join('\r\n')}\r\n\x1A`;

const SDN = ofacFile(
  '306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. \'BNC\'."',
  '22790,"MADURO MOROS, Nicolas","individual","VENEZUELA] [IRAN-CON-ARMS-EO","President of the Bolivarian Republic of Venezuela",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 23 Nov 1962; Gender Male."',
  '26640,"PDVSA CARDON","vessel","VENEZUELA-EO13850",-0- ,-0- ,"Tug",-0- ,-0- ,"Venezuela",-0- ,"Vessel Registration Identification IMO 9432660; Linked To: PETROLEOS DE VENEZUELA, S.A."',
);
const ALT = ofacFile('306,220,"aka","NATIONAL BANK OF CUBA",-0- ', '99999,1,"aka","NOT ON THIS LIST",-0- ');
const ADD = ofacFile(
  '306,199,"Zweierstrasse 35","Zurich CH-8022","Switzerland",-0- ',
  '306,200,"Avenida de Concha Espina 8","Madrid E-28036","Spain",-0- ',
  '26640,1,-0- ,-0- ,"Korea, North",-0- ',
);

describe('parseOfacCsv', () => {
  it('reads "-0- " as empty and tolerates CRLF and the trailing SUB byte', () => {
    expect(parseOfacCsv('alt.csv', ALT)).toEqual([
      ['306', '220', 'aka', 'NATIONAL BANK OF CUBA', ''],
      ['99999', '1', 'aka', 'NOT ON THIS LIST', ''],
    ]);
  });

  it('refuses a row with the wrong number of columns, naming the file and row', () => {
    const truncated = ofacFile('306,220,"aka","NATIONAL BANK OF CUBA",-0- ', '306,221,"aka"');
    expect(() => parseOfacCsv('alt.csv', truncated)).toThrow(new InvalidListError('alt.csv: row 2 has 3 columns, expected 5: ["306","221","aka"]'));
  });

  it('refuses a file cut inside a quoted field', () => {
    expect(() => parseOfacCsv('sdn.csv', '306,"BANCO NAC')).toThrow(InvalidListError);
  });

  it('refuses a row without an entry number (a header row, another format)', () => {
    expect(() => parseOfacCsv('alt.csv', 'ent_num,alt_num,alt_type,alt_name,alt_remarks\r\n')).toThrow(/row 1 has no entry number/);
  });
});

describe('parseOfacSdn', () => {
  const entries = parseOfacSdn({ 'sdn.csv': SDN, 'alt.csv': ALT, 'add.csv': ADD });

  it('keeps type, programs, aliases from alt.csv and the remarks, and address countries', () => {
    expect(entries[0]).toMatchObject({
      id: '306',
      name: 'BANCO NACIONAL DE CUBA',
      type: 'entity',
      programs: ['CUBA'],
      aliases: [{ name: 'NATIONAL BANK OF CUBA', kind: 'aka' }, { name: 'BNC', kind: 'aka' }],
      countries: ['CH', 'ES'],
      linkedTo: [],
    });
  });

  it('splits joined programs and reads "Linked To" relations and inverted country names', () => {
    expect(entries[1]).toMatchObject({ type: 'individual', programs: ['VENEZUELA', 'IRAN-CON-ARMS-EO'] });
    expect(entries[2]).toMatchObject({ type: 'vessel', linkedTo: ['PETROLEOS DE VENEZUELA, S.A'], countries: ['KP'] });
  });

  it('ignores aliases of entries that are not on the list', () => {
    expect(entries.flatMap((e) => e.aliases.map((a) => a.name))).not.toContain('NOT ON THIS LIST');
  });

  it('changes an entry digest when any of its source rows changes', () => {
    const moved = parseOfacSdn({ 'sdn.csv': SDN, 'alt.csv': ALT, 'add.csv': ADD.replace('Zurich CH-8022', 'Basel') });
    expect(moved[0]?.digest).not.toBe(entries[0]?.digest);
    expect(moved[1]?.digest).toBe(entries[1]?.digest);
  });
});

describe.skipIf(!KIT_OFAC_PRESENT)('parseOfacSdn on the real 2024-05-03 files (skipped: ../shared/sanctions is absent)', () => {
  const read = (name: string) => readFileSync(join(KIT_OFAC_DIR, name), 'utf8');
  const entries = parseOfacSdn({ 'sdn.csv': read('sdn-2024-05-03.csv'), 'alt.csv': read('alt.csv'), 'add.csv': read('add.csv') });

  it('reads every entry, with the types OFAC uses', () => {
    expect(entries).toHaveLength(14965);
    expect(new Set(entries.map((e) => e.type))).toEqual(new Set(['entity', 'individual', 'vessel', 'aircraft']));
  });

  it('reads Bandes as the README describes it', () => {
    expect(entries.find((e) => e.id === '26587')).toMatchObject({
      name: 'BANCO DE DESARROLLO ECONOMICO Y SOCIAL DE VENEZUELA',
      programs: ['VENEZUELA-EO13850'],
      aliases: expect.arrayContaining([{ name: 'BANDES', kind: 'aka' }, { name: 'BANCO BANDES', kind: 'aka' }]),
      countries: ['VE'],
    });
  });
});

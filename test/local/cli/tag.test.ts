import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../shared/article/mention.js';
import { tagCommand } from '../../../local/cli/tag.js';
import { DEMO_SDN_DIR, KIT_OFAC_PRESENT, kitSnapshotDir } from '../../support/sanctions.js';

const FIRST_ARTICLE = fileURLToPath(new URL('../../../local/demo/first-article.txt', import.meta.url));
const KIT_FIRST_ARTICLE = fileURLToPath(new URL('../../../../shared/fixtures/first-article.txt', import.meta.url));

/** Every sanctions link of the printed mentions, as "actor → list:id". */
const linksIn = (mentions: Mention[]): string[] =>
  mentions.flatMap((m) => [...m.agents, ...m.patients].flatMap((a) => (a.kind === 'state' ? [] : (a.sanctions ?? []).map((l) => `${a.name} → ${l.list}:${l.id} ${l.programs.join(',')}`))));

function capture() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { stdout, stderr, out: () => out, err: () => err };
}

describe('tocsin tag', () => {
  it('prints the mentions of a file as JSON', async () => {
    const io = capture();
    const code = await tagCommand.run([FIRST_ARTICLE], { stdin: Readable.from([]), ...io });
    const mentions = JSON.parse(io.out()) as Mention[];
    expect(code).toBe(0);
    expect(mentions.map((m) => m.category)).toContain('sanctions');
    expect(mentions.map((m) => m.category)).toContain('military-deployment');
  });

  it('reads standard input when the file is -', async () => {
    const io = capture();
    const stdin = Readable.from([Buffer.from('The EU imposed sanctions on Belarus.')]);
    const code = await tagCommand.run(['-'], { stdin, ...io });
    const [mention] = JSON.parse(io.out()) as Mention[];
    expect(code).toBe(0);
    expect(mention).toMatchObject({ category: 'sanctions', subtype: 'imposed', patients: [{ kind: 'state', code: 'BY' }] });
  });

  it('prints an empty list for a text with no mentions', async () => {
    const io = capture();
    await tagCommand.run(['-'], { stdin: Readable.from([Buffer.from('Shares rose on Monday.')]), ...io });
    expect(JSON.parse(io.out())).toEqual([]);
  });

  it('exits 1 naming the file when it cannot be read', async () => {
    const io = capture();
    const code = await tagCommand.run(['/nonexistent/article.txt'], { stdin: Readable.from([]), ...io });
    expect(code).toBe(1);
    expect(io.err()).toContain('/nonexistent/article.txt');
  });

  it('exits 2 with usage when no file is given', async () => {
    const io = capture();
    const code = await tagCommand.run([], { stdin: Readable.from([]), ...io });
    expect(code).toBe(2);
    expect(io.err()).toContain('Usage: tocsin tag');
  });

  it('links named parties to the SDN list in --sdn DIR', async () => {
    const io = capture();
    const code = await tagCommand.run([FIRST_ARTICLE, '--sdn', DEMO_SDN_DIR], { stdin: Readable.from([]), ...io });
    expect(code).toBe(0);
    expect(linksIn(JSON.parse(io.out()) as Mention[])).toEqual(['Bandes → us-ofac-sdn:26587 VENEZUELA-EO13850']);
  });

  it('exits 1 when the --sdn directory holds no list', async () => {
    const io = capture();
    const code = await tagCommand.run([FIRST_ARTICLE, '--sdn', '/nonexistent/sdn'], { stdin: Readable.from([]), ...io });
    expect(code).toBe(1);
    expect(io.err()).toContain('cannot read the SDN list in "/nonexistent/sdn"');
  });

  it('exits 2 with usage when --sdn has no directory', async () => {
    const io = capture();
    expect(await tagCommand.run([FIRST_ARTICLE, '--sdn'], { stdin: Readable.from([]), ...io })).toBe(2);
  });
});

describe.skipIf(!KIT_OFAC_PRESENT)('tocsin tag --sdn on the full 2024-05-03 list (skipped: ../shared is absent)', () => {
  it('links Bandes in the first article to entry 26587 under VENEZUELA-EO13850, and nothing else', async () => {
    const io = capture();
    const code = await tagCommand.run([KIT_FIRST_ARTICLE, '--sdn', kitSnapshotDir('2024-05-03')], { stdin: Readable.from([]), ...io });
    expect(code).toBe(0);
    expect(linksIn(JSON.parse(io.out()) as Mention[])).toEqual(['Bandes → us-ofac-sdn:26587 VENEZUELA-EO13850']);
  });
});

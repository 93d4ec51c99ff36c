import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../shared/article/mention.js';
import { tagCommand } from '../../../local/cli/tag.js';

const FIRST_ARTICLE = fileURLToPath(new URL('../../../local/demo/first-article.txt', import.meta.url));

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
});

import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { RejectedInputError } from '../../../shared/errors.js';
import { tagCommand } from '../../../local/cli/tag.js';

// The tagger refuses some texts outright (a text over its size cap throws a named RejectedInputError);
// this stands in for that refusal so the command's handling is tested apart from the cap's value.
vi.mock('../../../shared/tagging/index.js', () => ({
  tagText: () => {
    throw new (class TextTooLongError extends RejectedInputError {
      override name = 'TextTooLongError';
    })('text is 2000000 characters, over the 1000000-character limit: split it before tagging');
  },
}));

describe('tocsin tag when the tagger refuses the text', () => {
  it('prints the tagger\'s message and exits 1', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await tagCommand.run(['-'], { stdin: Readable.from([Buffer.from('A long text.')]), stdout, stderr });
    expect(code).toBe(1);
    expect(err).toBe('tocsin tag: text is 2000000 characters, over the 1000000-character limit: split it before tagging\n');
  });
});

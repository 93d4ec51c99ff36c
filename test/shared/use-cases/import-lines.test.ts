import { describe, expect, it } from 'vitest';
import type { ArticleSubmission } from '../../../shared/article/article.js';
import { InvalidArticleError } from '../../../shared/errors.js';
import { parseImportLine, queueImportLines, type ImportProgress } from '../../../shared/use-cases/import-lines.js';
import { anArticleSubmission } from '../../support/factories.js';

const BBC_RECORD = {
  id: 'bbc-1',
  title: 't',
  text: 'The Trump administration has imposed crippling sanctions on the Opec nation’s oil industry.',
  category: 'business',
  source: 'BBC',
};

async function* linesOf(...lines: string[]): AsyncIterable<string> {
  yield* lines;
}

function recordingSend() {
  const batches: { batch: ArticleSubmission[]; progress: ImportProgress }[] = [];
  const send = async (batch: ArticleSubmission[], progress: ImportProgress) => {
    batches.push({ batch, progress: structuredClone(progress) });
  };
  return { batches, send };
}

describe('parseImportLine', () => {
  it('given a BBC archive record without a URL, when parsed, then it becomes a submission with a stable import.invalid URL', () => {
    const line = JSON.stringify(BBC_RECORD);

    const submission = parseImportLine(line, 7);

    expect(submission).toMatchObject({
      url: 'https://import.invalid/bbc/bbc-1',
      title: 't',
      body: BBC_RECORD.text,
      source: { id: 'bbc', name: 'BBC' },
    });
    expect(parseImportLine(line, 99).url).toBe(submission.url);
  });

  it('given two archive records from different sources with the same id, when parsed, then their URLs differ', () => {
    const bbc = parseImportLine(JSON.stringify(BBC_RECORD), 1);
    const reuters = parseImportLine(JSON.stringify({ ...BBC_RECORD, source: 'Reuters Archive' }), 2);

    expect(reuters.url).toBe('https://import.invalid/reuters-archive/bbc-1');
    expect(reuters.url).not.toBe(bbc.url);
  });

  it('given an id with characters that need escaping, when parsed, then the URL stays valid and keeps the id', () => {
    const submission = parseImportLine(JSON.stringify({ ...BBC_RECORD, id: 'business/001 #a' }), 1);

    expect(submission.url).toBe('https://import.invalid/bbc/business%2F001%20%23a');
  });

  it('given a full submission with a URL, when parsed, then it passes through with its own URL', () => {
    const input = anArticleSubmission();

    const submission = parseImportLine(JSON.stringify(input), 1);

    expect(submission).toEqual(input);
  });

  it('given a line that is not JSON, when parsed, then it is rejected naming the line', () => {
    expect(() => parseImportLine('{"id": "bbc-1", title', 12)).toThrow(InvalidArticleError);
    expect(() => parseImportLine('{"id": "bbc-1", title', 12)).toThrow(/^line 12: not valid JSON/);
  });

  it('given a record with neither url nor id, when parsed, then the reason says a url or id is needed', () => {
    const { id: _id, ...withoutId } = BBC_RECORD;

    expect(() => parseImportLine(JSON.stringify(withoutId), 3)).toThrow(/line 3: needs a "url" \(or an "id"/);
  });

  it('given a record with an empty title, when parsed, then it is rejected with the schema\'s reason', () => {
    expect(() => parseImportLine(JSON.stringify({ ...BBC_RECORD, title: ' ' }), 4)).toThrow(/line 4: .*title: must not be empty/s);
  });

  it('given a JSON array instead of a record, when parsed, then it is rejected naming the line', () => {
    expect(() => parseImportLine('[1, 2]', 5)).toThrow(InvalidArticleError);
    expect(() => parseImportLine('[1, 2]', 5)).toThrow(/^line 5: /);
  });
});

describe('queueImportLines', () => {
  it('marks every article of an import as a backfill (no alerts) unless the import asks for alerts', async () => {
    const backfill = recordingSend();
    const live = recordingSend();
    const lines = () => linesOf(JSON.stringify(BBC_RECORD), JSON.stringify({ ...BBC_RECORD, id: 'bbc-quiet', alerts: false }));

    await queueImportLines(lines(), backfill.send);
    await queueImportLines(lines(), live.send, { alerts: true });

    expect(backfill.batches.flatMap((b) => b.batch).map((a) => a.alerts)).toEqual([false, false]);
    expect(live.batches.flatMap((b) => b.batch).map((a) => a.alerts)).toEqual([true, false]);
  });

  it('given valid, invalid and blank lines, when queued, then read = queued + rejected and rejections name their lines', async () => {
    const { batches, send } = recordingSend();
    const lines = linesOf(
      JSON.stringify(BBC_RECORD),
      '',
      'not json',
      JSON.stringify({ ...BBC_RECORD, id: 'bbc-2' }),
      JSON.stringify({ title: 'no url or id' }),
    );

    const progress = await queueImportLines(lines, send);

    expect(progress).toMatchObject({ lineNumber: 5, read: 4, queued: 2 });
    expect(progress.rejected.map((r) => r.line)).toEqual([3, 5]);
    expect(progress.rejected[0]?.reason).toMatch(/^line 3: not valid JSON/);
    expect(progress.read).toBe(progress.queued + progress.rejected.length);
    expect(batches.flatMap((b) => b.batch.map((s) => s.url))).toEqual([
      'https://import.invalid/bbc/bbc-1',
      'https://import.invalid/bbc/bbc-2',
    ]);
  });

  it('given more lines than a batch, when queued, then batches are full-sized and each reports progress up to its last line', async () => {
    const { batches, send } = recordingSend();
    const lines = linesOf(...['a', 'b', 'c', 'd', 'e'].map((id) => JSON.stringify({ ...BBC_RECORD, id })));

    await queueImportLines(lines, send, { batchSize: 2 });

    expect(batches.map((b) => b.batch.length)).toEqual([2, 2, 1]);
    expect(batches.map((b) => [b.progress.lineNumber, b.progress.queued])).toEqual([
      [2, 2],
      [4, 4],
      [5, 5],
    ]);
  });

  it('given an import resumed at line 100, when queued, then line numbers continue from there', async () => {
    const { send } = recordingSend();

    const progress = await queueImportLines(linesOf('oops'), send, { startLine: 100 });

    expect(progress.rejected).toEqual([{ line: 101, reason: expect.stringMatching(/^line 101: /) }]);
    expect(progress.lineNumber).toBe(101);
  });

  it('given the queue fails, when queued, then the error propagates instead of counting lines as queued', async () => {
    const failing = async () => {
      throw new Error('SQS unavailable');
    };

    await expect(queueImportLines(linesOf(JSON.stringify(BBC_RECORD)), failing)).rejects.toThrow('SQS unavailable');
  });
});

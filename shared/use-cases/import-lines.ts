import * as z from 'zod';
import { ArticleSubmissionSchema, type ArticleSubmission } from '../article/article.js';
import { InvalidArticleError } from '../errors.js';

/**
 * One NDJSON line of a bulk import: an article submission, or an archive record such as
 * `{"id","title","text","source"}` that has no URL. `text` is accepted for `body`.
 */
const ImportRecordSchema = z
  .object({
    url: z.string().optional(),
    id: z.union([z.string().trim().min(1, 'id: must not be empty'), z.number()]).optional(),
    text: z.string().optional(),
    body: z.string().optional(),
    source: z.union([z.string(), z.object({ id: z.string(), name: z.string() })]).optional(),
  })
  .loose();

/**
 * Archive records without a URL get a stable one under `.invalid`, a TLD reserved never to resolve
 * (RFC 2606): the record keeps one identity across imports, and it can never collide with a real page.
 */
export const archiveUrl = (source: string, id: string): string =>
  `https://import.invalid/${encodeURIComponent(source)}/${encodeURIComponent(id)}`;

/** Parses one import line into a submission; throws InvalidArticleError naming the line and the problem. */
export function parseImportLine(line: string, lineNumber: number): ArticleSubmission {
  let document: unknown;
  try {
    document = JSON.parse(line);
  } catch (error) {
    throw new InvalidArticleError(`line ${lineNumber}: not valid JSON (${(error as Error).message})`);
  }
  const record = ImportRecordSchema.safeParse(document);
  if (!record.success) throw new InvalidArticleError(`line ${lineNumber}: ${z.prettifyError(record.error)}`);
  const { url, id, text, body, source, ...rest } = record.data;
  const sourceObject =
    typeof source === 'string'
      ? { id: source.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name: source }
      : (source ?? { id: 'import', name: 'Bulk import' });
  if (url === undefined && id === undefined) {
    throw new InvalidArticleError(`line ${lineNumber}: needs a "url" (or an "id" for archive records without one)`);
  }
  const submission = ArticleSubmissionSchema.safeParse({
    ...rest,
    url: url ?? archiveUrl(sourceObject.id, String(id)),
    body: body ?? text,
    source: sourceObject,
  });
  if (!submission.success) throw new InvalidArticleError(`line ${lineNumber}: ${z.prettifyError(submission.error)}`);
  return submission.data;
}

export interface ImportProgress {
  /** Number of the last line consumed (1-based, blank lines included): where a resumed import restarts. */
  lineNumber: number;
  read: number;
  queued: number;
  rejected: { line: number; reason: string }[];
}

/**
 * Validates NDJSON lines and hands the valid ones to `send` in batches, with the progress so far.
 * Blank lines are skipped; every other line counts as queued or rejected, so read = queued + rejected.
 * `startLine` numbers the first line for an import that resumes part-way through a file.
 * An import is a backfill: its articles are stored and tagged but alert no one, unless `alerts` is set.
 */
export async function queueImportLines(
  lines: AsyncIterable<string>,
  send: (batch: ArticleSubmission[], progress: ImportProgress) => Promise<void>,
  { batchSize = 100, startLine = 0, alerts = false }: { batchSize?: number; startLine?: number; alerts?: boolean } = {},
): Promise<ImportProgress> {
  const progress: ImportProgress = { lineNumber: startLine, read: 0, queued: 0, rejected: [] };
  let batch: ArticleSubmission[] = [];
  const flush = async () => {
    progress.queued += batch.length;
    const sent = batch;
    batch = [];
    await send(sent, progress);
  };
  for await (const line of lines) {
    progress.lineNumber++;
    if (line.trim() === '') continue;
    progress.read++;
    try {
      const submission = parseImportLine(line, progress.lineNumber);
      batch.push({ ...submission, alerts: alerts && submission.alerts });
    } catch (error) {
      if (!(error instanceof InvalidArticleError)) throw error;
      progress.rejected.push({ line: progress.lineNumber, reason: error.message });
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return progress;
}

import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SingleBar, Presets } from 'cli-progress';
import { queueImportLines, type ImportProgress } from '../../shared/use-cases/import-lines.js';
import { METRIC } from '../../functions/common/metric-names.js';
import { sqsArticleQueue } from '../../functions/common/sqs-article-queue.js';
import { bundledWatches } from '../../functions/common/watches.js';
import { createLocalPipeline } from '../pipeline.js';
import type { CliCommand, CliIo } from './command.js';
import { startDynalite, startFauxqs } from '../servers.js';

type Io = Pick<CliIo, 'stdout' | 'stderr'>;

const USAGE = `Usage:
  tocsin import FILE.jsonl [--data DIR] [--restart] [--alerts]
      import NDJSON articles through the local pipeline into a persistent store
      (default .tocsin/local-store); an interrupted import resumes where it stopped
  tocsin import FILE.jsonl --to-stack --queue-url URL [--alerts]
      send them to a deployed stack's articles queue instead

An import is a backfill: its articles are stored and tagged but alert no one. With --alerts
they go through alerting like live news (articles outside the 72 h freshness window are still
skipped, and audited as stale: see tocsin alerts).

Lines are article submissions {"url","title","body","publishedAt"?,"source"?} or archive
records {"id","title","text","source"}. The last line printed is
{"read":N,"stored":N,"duplicates":N,"rejected":N,"alerts":N} (alerts sent, 0 without --alerts).`;

/** Where an import stands; written after every batch so an interrupted import resumes there. */
interface Checkpoint {
  lineNumber: number;
  read: number;
  stored: number;
  duplicates: number;
  rejected: number;
}

const EMPTY: Checkpoint = { lineNumber: 0, read: 0, stored: 0, duplicates: 0, rejected: 0 };

async function* linesOf(file: string, skip: number): AsyncGenerator<string> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (++n > skip) yield line;
  }
}

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const _ of linesOf(file, 0)) n++;
  return n;
}

/** A file is the same import while its path, size and modification time are unchanged. */
export async function checkpointPath(dataDir: string, file: string): Promise<string> {
  const info = await stat(file);
  const key = createHash('sha256').update(`${resolve(file)}|${info.size}|${info.mtimeMs}`).digest('hex').slice(0, 16);
  return join(dataDir, 'imports', `${key}.json`);
}

async function runImport(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      data: { type: 'string', default: '.tocsin/local-store' },
      restart: { type: 'boolean', default: false },
      'to-stack': { type: 'boolean', default: false },
      'queue-url': { type: 'string' },
      alerts: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file || !existsSync(file)) {
    io.stderr.write(`tocsin import: ${file ? `no such file: ${file}` : 'name an NDJSON file to import'}\n`);
    return 2;
  }
  if (values['to-stack']) return importToStack(file, values['queue-url'], values.alerts, io);
  return importLocally(file, values.data, values.restart, values.alerts, io);
}

async function importToStack(file: string, queueUrl: string | undefined, alerts: boolean, io: Io): Promise<number> {
  if (!queueUrl) {
    io.stderr.write('tocsin import --to-stack: give --queue-url (the ArticlesQueueUrl output of the stateless stack)\n');
    return 2;
  }
  const queue = sqsArticleQueue(new SQSClient({}), queueUrl);
  const result = await queueImportLines(linesOf(file, 0), (batch) => queue.send(batch), { alerts });
  for (const rejection of result.rejected) io.stderr.write(`rejected: ${rejection.reason}\n`);
  // The stack stores and alerts asynchronously, so here only what was queued is known (and that a backfill alerts no one).
  const summary = { read: result.read, queued: result.queued, rejected: result.rejected.length, ...(alerts ? {} : { alerts: 0 }) };
  io.stdout.write(`${JSON.stringify(summary)}\n`);
  return 0;
}

async function importLocally(file: string, dataDir: string, restart: boolean, alerts: boolean, io: Io): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
  await mkdir(join(dataDir, 'imports'), { recursive: true });
  const checkpointFile = await checkpointPath(dataDir, file);
  const resumed: Checkpoint =
    !restart && existsSync(checkpointFile) ? (JSON.parse(await readFile(checkpointFile, 'utf8')) as Checkpoint) : EMPTY;
  const [dynamo, messaging] = await Promise.all([startDynalite(join(dataDir, 'dynamodb')), startFauxqs()]);
  const pipeline = await createLocalPipeline({
    dynamoEndpoint: dynamo.endpoint,
    messagingEndpoint: messaging.endpoint,
    watches: bundledWatches(),
    feeds: [],
  });
  const bar = io.stderr.isTTY ? new SingleBar({ stream: io.stderr, format: 'import [{bar}] {value}/{total} lines' }, Presets.shades_classic) : undefined;
  bar?.start(await countLines(file), resumed.lineNumber);
  let deadLettered = 0;
  let alertFailures = 0;
  const tally = ({ lineNumber, read, rejected }: ImportProgress): Checkpoint => ({
    lineNumber,
    read: resumed.read + read,
    stored: resumed.stored + pipeline.sink.total(METRIC.articlesIngested),
    duplicates: resumed.duplicates + pipeline.sink.total(METRIC.duplicates),
    // Messages the pipeline could not process end in the DLQ: they count as rejected, so nothing goes uncounted.
    rejected: resumed.rejected + rejected.length + deadLettered,
  });
  try {
    const result = await queueImportLines(
      linesOf(file, resumed.lineNumber),
      async (batch, progress) => {
        await pipeline.articleQueue.send(batch);
        await pipeline.drain();
        const dead = await pipeline.deadLetters();
        deadLettered += dead.articles.length;
        alertFailures += dead.tagged.length;
        await writeFile(checkpointFile, JSON.stringify(tally(progress)));
        bar?.update(progress.lineNumber);
      },
      { startLine: resumed.lineNumber, alerts },
    );
    bar?.stop();
    for (const rejection of result.rejected) io.stderr.write(`rejected: ${rejection.reason}\n`);
    if (alertFailures > 0) io.stderr.write(`alerting failed for ${alertFailures} stored articles (their events reached the DLQ)\n`);
    const final = tally(result);
    await rm(checkpointFile, { force: true });
    const { read, stored, duplicates, rejected } = final;
    const sent = pipeline.sink.total(METRIC.alertsSent) + pipeline.sink.total(METRIC.alertUpdatesSent);
    io.stdout.write(`${JSON.stringify({ read, stored, duplicates, rejected, alerts: sent })}\n`);
    return 0;
  } finally {
    bar?.stop();
    pipeline.destroy();
    await Promise.all([dynamo.stop(), messaging.stop()]);
  }
}

/**
 * `tocsin import FILE.jsonl`: runs every line through the local pipeline (persistent store under
 * --data), or with --to-stack sends them to a deployed stack's articles queue.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import NDJSON articles into the local store (resumable), or send them to a stack',
  usage: USAGE,
  run: runImport,
};

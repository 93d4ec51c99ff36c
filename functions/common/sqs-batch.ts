import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { parser } from '@aws-lambda-powertools/batch/parser';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type * as z from 'zod';

export interface FailedRecord {
  record: SQSRecord;
  error: Error;
}

/**
 * Runs an SQS batch through Powertools: each body is JSON-parsed and validated with `schema`, records
 * are handled one at a time (in parallel, a duplicate inside one batch would race its own claim),
 * and a failed record is reported alone (ReportBatchItemFailures), never failing its neighbours.
 */
export async function processSqsBatch<Schema extends z.ZodType>(
  event: SQSEvent,
  schema: Schema,
  handleRecord: (record: SQSRecord & { body: z.output<Schema> }) => Promise<void>,
  { context, logger }: { context?: Context; logger: Logger },
): Promise<{ response: SQSBatchResponse; failures: FailedRecord[] }> {
  // Request id and cold start on every log line, as Powertools' middleware would add.
  if (context) logger.addContext(context);
  const processor = new BatchProcessor(EventType.SQS, { parser, innerSchema: schema, transformer: 'json', logger });
  const response = await processPartialResponse(event, handleRecord, processor, {
    context,
    processInParallel: false,
    throwOnFullBatchFailure: false,
  });
  // Powertools keeps failed records and their errors in step, one entry each.
  const failures = processor.failureMessages.map((record, i) => ({
    record: record as SQSRecord,
    error: processor.errors[i] ?? new Error('unknown failure'),
  }));
  return { response, failures };
}

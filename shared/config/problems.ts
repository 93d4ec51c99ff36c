import type * as z from 'zod';
import { InvalidConfigError } from '../errors.js';
import { nearest } from './nearest.js';

/** One thing wrong in a config file, at its JSON path ("watches[0].patients[1]"). */
export interface ConfigProblem {
  path: string;
  message: string;
}

/** A problem found by a check that works on one entry; `path` is relative to that entry. */
export interface EntryProblem {
  path: readonly (string | number)[];
  message: string;
}

/** The outcome of checking a config document: every problem at once, or the parsed value. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: ConfigProblem[] };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `["watches", 0, "patients"]` → `watches[0].patients`; the document itself is `(top level)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(top level)';
}

const valueAt = (document: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), document);

/** zod reports what it expected; a reader also needs what it got, and the option they probably meant. */
function withReceived(issue: z.core.$ZodIssue, received: unknown): string {
  // Custom messages name the value themselves; a type error already says what it received.
  if (issue.code === 'custom' || issue.code === 'invalid_type') return issue.message;
  if (typeof received !== 'string' && typeof received !== 'number' && typeof received !== 'boolean') return issue.message;
  const shown = JSON.stringify(received);
  if (issue.message.includes(shown)) return issue.message;
  const guess =
    issue.code === 'invalid_value' && typeof received === 'string'
      ? nearest(received, issue.values.filter((v): v is string => typeof v === 'string'))
      : undefined;
  return `${issue.message}, got ${shown}${guess ? `: did you mean "${guess}"?` : ''}`;
}

/** Every issue of a failed parse as a problem at its path, showing the value received from `document`. */
export function problemsOf(error: z.ZodError, document: unknown): ConfigProblem[] {
  return error.issues.flatMap((issue) => {
    // Each unknown key is reported at the key itself, where the reader has to look (strictObject
    // writes one message line per key).
    const lines = issue.message.split('\n');
    if (issue.code === 'unrecognized_keys' && lines.length === issue.keys.length) {
      return issue.keys.map((key, i) => ({ path: formatPath([...issue.path, key]), message: lines[i]! }));
    }
    return [{ path: formatPath(issue.path), message: withReceived(issue, valueAt(document, issue.path)) }];
  });
}

/** "config/watches.json has 2 problems:" and one indented line per problem. */
export const describeProblems = (origin: string, problems: readonly ConfigProblem[]): string =>
  [
    `${origin} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`,
    ...problems.map((p) => `  ${p.path}: ${p.message}`),
  ].join('\n');

/** Parses `document` with `schema`, turning a failure into every problem at its path. */
export function checkDocument<T>(schema: z.ZodType<T>, document: unknown): Checked<T> {
  const parsed = schema.safeParse(document);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsOf(parsed.error, document) };
}

/** The checked value, or an InvalidConfigError listing every problem under `origin` (the file). */
export function checkedValue<T>(checked: Checked<T>, origin: string): T {
  if (!checked.ok) throw new InvalidConfigError(describeProblems(origin, checked.problems));
  return checked.value;
}

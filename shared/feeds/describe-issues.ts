import type * as z from 'zod';

const MAX_SHOWN_CHARS = 80;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_SHOWN_CHARS ? `${json.slice(0, MAX_SHOWN_CHARS)}…` : json;
}

function pathText(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    prefix,
  );
}

/**
 * One line per zod issue naming the field and showing the value received, e.g.
 * `articles[2].publishedAt: expected an ISO-8601 date, got "yesterday"`. `prefix` names the whole input.
 */
export function describeIssues(error: z.ZodError, input: unknown, prefix = ''): string {
  return error.issues
    .map((issue) => {
      const field = pathText(prefix, issue.path);
      const lastKey = issue.path.at(-1);
      // Schema messages such as "title: must not be empty" already name their field.
      const message =
        lastKey !== undefined && issue.message.startsWith(`${String(lastKey)}:`)
          ? issue.message.slice(String(lastKey).length + 1).trim()
          : issue.message;
      const received = /\bgot\b/.test(message) ? '' : ` (got ${shown(valueAt(input, issue.path))})`;
      return `${field || 'value'}: ${message}${received}`;
    })
    .join('; ');
}

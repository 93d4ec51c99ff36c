import * as z from 'zod';
import { nearest } from './nearest.js';

/**
 * `unknown key "patient": did you mean "patients"?`, or the keys allowed when nothing is close;
 * one line per key, which problemsOf splits into one problem per key.
 */
export function unknownKeyMessage(keys: readonly string[], known: readonly string[]): string {
  const one = (key: string): string => {
    const guess = nearest(key, known);
    return guess ? `unknown key "${key}": did you mean "${guess}"?` : `unknown key "${key}": expected one of ${known.join(', ')}`;
  };
  return keys.map(one).join('\n');
}

/**
 * A zod object that rejects keys it does not know, naming the nearest known key. A misspelt key
 * would otherwise be dropped and its filter silently not applied ("patient" leaves a watch firing
 * on every target).
 */
export const strictObject = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeyMessage(issue.keys, Object.keys(shape)) : undefined),
  });

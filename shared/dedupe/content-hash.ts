import { createHash } from 'node:crypto';
import { normalisedWords } from './normalise-text.js';

/**
 * Exact-duplicate key of an article body: the first 32 hex digits of the SHA-256 of its
 * normalised words, so copies differing only in case, spacing, punctuation or quote style match.
 * Empty text hashes to a constant, so callers should not claim a hash for an empty body.
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalisedWords(text).join(' ')).digest('hex').slice(0, 32);
}

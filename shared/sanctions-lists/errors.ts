/** A list file that cannot be used: missing columns, too few rows, a truncated or shrunken download. */
export class InvalidListError extends Error {
  override name = 'InvalidListError';
}

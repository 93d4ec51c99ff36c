/** Base class: input that will never succeed however often it is retried. */
export class RejectedInputError extends Error {
  override name = 'RejectedInputError';
}

/** An article that fails validation (missing link, over the size limit, bad date...). */
export class InvalidArticleError extends RejectedInputError {
  override name = 'InvalidArticleError';
}

/** A feed document that cannot be parsed as RSS, Atom, RDF or JSON Feed. */
export class InvalidFeedError extends RejectedInputError {
  override name = 'InvalidFeedError';
}

/** A fetch refused before or during connection (private address, too large, wrong type...). */
export class FetchRefusedError extends Error {
  override name = 'FetchRefusedError';
}

/** Invalid configuration (feeds or watches file). */
export class InvalidConfigError extends Error {
  override name = 'InvalidConfigError';
}

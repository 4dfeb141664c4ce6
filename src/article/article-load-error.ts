/** Why the article's data could not be loaded; each has its own message and retry rule. */
export type ArticleLoadFailure =
  | 'not-found'
  | 'server'
  | 'not-json'
  | 'truncated'
  | 'wrong-shape'
  | 'timeout'
  | 'offline'
  | 'network';

// Worth retrying on their own: the server or the network may do better a moment later.
// A 404, an HTML page or data of the wrong shape will be the same on the next try, and
// after a timeout the reader has waited long enough: they decide whether to wait again.
const transient = new Set<ArticleLoadFailure>(['server', 'truncated', 'network']);

/** A failure to load the article's data, classified so the UI can say what happened. */
export class ArticleLoadError extends Error {
  override readonly name = 'ArticleLoadError';

  constructor(
    readonly failure: ArticleLoadFailure,
    detail: string,
  ) {
    super(`${failure}: ${detail}`);
  }

  /** Whether retrying automatically can help. */
  get transient(): boolean {
    return transient.has(this.failure);
  }
}

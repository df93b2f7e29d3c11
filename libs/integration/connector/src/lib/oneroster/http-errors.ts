/** A 5xx answer or a network failure: worth retrying, and counted by the circuit breaker. */
export class TransientSourceError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'TransientSourceError';
  }
}

/** An answer that retrying will not change (4xx other than 429, a malformed body): the run fails. */
export class SourceRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'SourceRequestError';
  }
}

/**
 * An error that crosses a request/reply boundary: a stable code (`SCHOOL.NOT_FOUND`), the HTTP status the
 * gateway answers with, a message for people, and optional details such as field problems.
 */
export class RpcError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'RpcError';
  }

  toJSON(): RpcErrorBody {
    return { code: this.code, status: this.status, message: this.message, details: this.details };
  }
}

export interface RpcErrorBody {
  code: string;
  status: number;
  message: string;
  details?: unknown;
}

export const RpcErrorCode = {
  validationFailed: 'REQUEST.VALIDATION_FAILED',
  unavailable: 'SERVICE.UNAVAILABLE',
  timeout: 'SERVICE.TIMEOUT',
  internal: 'INTERNAL',
} as const;

/** The envelope on the wire: exactly one of `data` and `error`. */
export type RpcReply<T> = { data: T; error?: undefined } | { data?: undefined; error: RpcErrorBody };

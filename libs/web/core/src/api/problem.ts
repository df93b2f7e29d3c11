import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { Schemas } from './client';

/** problem+json; extensions (an upload's `problems[]`, say) ride along untyped. */
export type Problem = Schemas['ProblemDetails'] & { [extension: string]: unknown };

/** A problem+json answer of the gateway as an Error, so TanStack Query and error boundaries can carry it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.problem.code;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** Turns a failed answer into an {@link ApiError}; network failures keep their own error. */
export async function problemOf(response: Response): Promise<ApiError> {
  let problem: Problem;
  try {
    problem = (await response.clone().json()) as Problem;
  } catch {
    problem = { type: 'about:blank', title: response.statusText, status: response.status } as Problem;
  }
  return new ApiError(response.status, problem);
}

/**
 * For openapi-fetch results: the data, or an {@link ApiError} thrown. `const school = await
 * unwrap(api.GET('/api/v1/schools/{id}', { params: { path: { id } } }))`. openapi-fetch has read the
 * body by then: the problem is its parsed `error`.
 */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (error === undefined && response.ok) return data as T;
  const problem =
    error !== null && typeof error === 'object'
      ? (error as Problem)
      : ({
          type: 'about:blank',
          title: response.statusText || `HTTP ${response.status}`,
          status: response.status,
          code: '',
          ...(typeof error === 'string' && error ? { detail: error } : {}),
        } as Problem);
  throw new ApiError(response.status, problem);
}

/** Field errors of a 400 problem, keyed by field path (`grade`, `tasks.0.maxScore`). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error) || !Array.isArray(error.problem.errors)) return {};
  return Object.fromEntries(
    error.problem.errors.map((item) => [item.field, item.message]),
  );
}

/**
 * Shows a server's field errors at the form's fields; returns true when at least one landed on a field
 * the form has (otherwise the caller shows the problem as a whole).
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  let shown = false;
  for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
    if ((fields as readonly string[]).includes(field)) {
      setError(field as Path<T>, { type: 'server', message });
      shown = true;
    }
  }
  return shown;
}

import { isApiError } from '@orbita/web/core';

/**
 * A refusal as one line for a form: the gateway's title (Russian for the projects' codes) and its detail,
 * which names what to change. Field errors a form shows at its fields are left out by the caller.
 */
export function problemText(error: unknown): string | undefined {
  if (!error) return undefined;
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  const { title, detail } = error.problem;
  return detail && detail !== title ? `${title}: ${detail}` : title;
}

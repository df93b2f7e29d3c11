import { isApiError } from '@orbita/web/core';

/**
 * What to tell the user of a refusal: the gateway words problems in the UI's language (Russian titles
 * and details for the projects service's codes), so its detail is shown as it comes.
 */
export function problemText(error: unknown): string {
  if (isApiError(error)) return error.problem.detail || error.problem.title || error.message;
  return error instanceof Error ? error.message : String(error);
}

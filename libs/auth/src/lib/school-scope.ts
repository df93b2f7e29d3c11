/**
 * The school a request is confined to, or `null` for region-wide roles (and the system actor of seeds).
 * Always from the signed actor of the request, never from its body: `@RpcHandler` computes it
 * once (`schoolScopeOf`) and passes it to the handler.
 */
export type SchoolScope = string | null;

/** Whether a record of `schoolId` (null: a region-level record) lies within the scope. */
export const withinScope = (scope: SchoolScope, schoolId: string | null): boolean =>
  scope === null || scope === schoolId;

/** How a service words the two ways a command can miss its school (each service keeps its own codes). */
export interface SchoolChoiceErrors {
  /** Another school than the caller's own: answered as an unknown one (404), so nothing leaks. */
  notFound(schoolId: string): Error;
  /** A region-wide caller named none. */
  required(): Error;
}

/**
 * The school a command acts for: a school account's own (naming another answers `notFound`), else the
 * one the region-wide caller named (`required` when none).
 */
export function schoolFor(
  scope: SchoolScope,
  requested: string | null | undefined,
  errors: SchoolChoiceErrors,
): string {
  if (scope !== null) {
    if (requested != null && requested !== scope) throw errors.notFound(requested);
    return scope;
  }
  if (requested == null) throw errors.required();
  return requested;
}

/** Ids compare by code unit, not by locale, so that every tie breaks the same way on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The school year running on a date, by its first calendar year (2024 = 2024/25; it starts in September). */
export function currentSchoolYear(today = new Date()): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

/** Years to offer in a picker: the given ones and the current one, newest first, without repeats. */
export function schoolYearOptions(years: readonly number[], today = new Date()): number[] {
  return [...new Set([...years, currentSchoolYear(today)])].sort((a, b) => b - a);
}

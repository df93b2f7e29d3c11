/** 2023 → «2023/24»: a school year by its first calendar year. */
export function schoolYearLabel(schoolYear: number): string {
  return `${schoolYear}/${String((schoolYear + 1) % 100).padStart(2, '0')}`;
}

/** The school year running today (September starts the next one), as the cycle form defaults to it. */
export function currentSchoolYear(today = new Date()): number {
  return today.getMonth() >= 8 ? today.getFullYear() : today.getFullYear() - 1;
}

/** Today as YYYY-MM-DD in the browser's calendar (the service decides by Tomsk's; this only hints). */
export function todayIso(today = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

export function windowOpen(cycle: { applicationsOpenOn: string; applicationsCloseOn: string }): boolean {
  const today = todayIso();
  return cycle.applicationsOpenOn <= today && today <= cycle.applicationsCloseOn;
}

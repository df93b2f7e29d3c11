/** Addresses of the analytics screens. */
export const analyticsPaths = {
  works: '/analytics',
  progress: '/analytics/progress',
  work: (workId: string) => `/analytics/works/${workId}`,
  school: (workId: string, schoolId: string) => `/analytics/works/${workId}/schools/${schoolId}`,
  /** The progress screen opened on a work's subject, grade and school year. */
  progressOf: (work: { subject: string; grades: number[]; schoolYear: number }) => {
    const query = new URLSearchParams({ subject: work.subject, year: String(work.schoolYear) });
    if (work.grades[0] !== undefined) query.set('grade', String(work.grades[0]));
    return `/analytics/progress?${query.toString()}`;
  },
};

import { resource, route } from '@orbita/gateway/resources';
import { REPORTING_RPC } from '@orbita/reporting/rpc';

/**
 * `/api/v1/analytics`: figures of diagnostic works from the reporting service's read models. Every role
 * reads them; school-scoped roles see the region's aggregates and their own school, never another's
 * rows (another school answers 404).
 */
export const AnalyticsController = resource({
  name: 'Analytics',
  path: 'analytics',
  tag: 'analytics',
  routes: [
    route.get('works/:workId', 'work', REPORTING_RPC.getWorkAnalytics, {
      summary: 'Figures of a work for the region, with a summary row per school',
      description: 'Region figures and per-school rows (a school-scoped caller: their own row)',
      problems: [400, 404],
    }),
    route.get('works/:workId/schools/:schoolId', 'school', REPORTING_RPC.getSchoolAnalytics, {
      summary: 'Figures of one school for a work: the school, its classes, and the school against the region',
      problems: [400, 404],
    }),
    route.get('works/:workId/tasks', 'tasks', REPORTING_RPC.getTaskDifficulty, {
      summary: 'Tasks of a work from the hardest to the easiest (solved share in the region)',
      problems: [400, 404],
    }),
    route.get('progress', 'progress', REPORTING_RPC.getProgress, {
      summary:
        'Intermediate → final change of a subject, grade and school year, by school and for the region',
      problems: [400, 404],
    }),
  ],
});

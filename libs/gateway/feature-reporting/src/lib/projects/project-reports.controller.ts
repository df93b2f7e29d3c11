import { resource, route } from '@orbita/gateway/resources';
import { REPORTING_RPC } from '@orbita/reporting/rpc';

/** `/api/v1/reports/project-results`: the project defences' results and the studios' rankings of a year. */
export const ProjectReportsController = resource({
  name: 'ProjectReports',
  path: 'reports',
  tag: 'reports',
  routes: [
    route.get('project-results', 'projectResults', REPORTING_RPC.getProjectResults, {
      summary:
        'Project defences of a school year by school and subject area: works registered, nominated, judged and awarded per stage; the studios’ published rankings',
      description:
        'Totals region-wide; a school-scoped caller sees only their own school’s rows (a published ranking is everyone’s)',
      problems: [400],
    }),
  ],
});

import { resource, route } from '@orbita/gateway/resources';
import { REPORTING_RPC } from '@orbita/reporting/rpc';

/** `/api/v1/completeness`: which schools have submitted a work's protocol, as a reporting-rate board. */
export const CompletenessController = resource({
  name: 'Completeness',
  path: 'completeness',
  tag: 'analytics',
  routes: [
    route.get('works/:workId', 'board', REPORTING_RPC.getCompleteness, {
      summary: 'Completeness board of a work: expected, submitted, accepted, returned and missing schools',
      description: 'Totals region-wide; a school-scoped caller sees only their own line',
      problems: [400, 404],
    }),
  ],
});

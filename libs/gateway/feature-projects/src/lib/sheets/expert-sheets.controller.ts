import { resource, route } from '@orbita/gateway/resources';
import { PROJECTS_RPC } from '@orbita/projects/rpc';

/**
 * `/api/v1/expert-sheets/{id}`: a submitted sheet reopened by the coordinator. Experts write their own
 * sheet through its work and stage (`/project-works/{id}/stages/{stageId}/sheet`): before its first save
 * it has no id.
 */
export const ExpertSheetsController = resource({
  name: 'ExpertSheets',
  path: 'expert-sheets',
  tag: 'expert-sheets',
  audit: 'expert-sheet',
  routes: [
    route.post(':id/reopen', 'reopen', PROJECTS_RPC.reopenSheet, {
      summary: 'Reopen a submitted sheet for its expert to correct, saying why',
      description: 'The sheet, reopened',
      status: 200,
      bodySchema: 'ReopenExpertSheet',
      problems: [400, 404, 409],
    }),
  ],
});

import { resource, route } from '@orbita/gateway/resources';
import { STUDIOS_RPC } from '@orbita/projects/rpc';

/**
 * `/api/v1/studio-cycles`: a school year's cycle of studios («Уроки настоящего»): its application
 * window, criteria set of regional credit and number of leaders, and under it the schools' applications,
 * the studios opened and the ranking. Cycles and the ranking are the regional centre's; a school account
 * sees its own applications and studios.
 */
export const StudioCyclesController = resource({
  name: 'StudioCycles',
  path: 'studio-cycles',
  tag: 'studio-cycles',
  audit: 'studio-cycle',
  routes: [
    route.get('', 'list', STUDIOS_RPC.listCycles, {
      summary: 'List the studio cycles, latest school year first',
      description: 'Every cycle with its window, criteria and number of leaders',
    }),
    route.post('', 'open', STUDIOS_RPC.openCycle, {
      summary: 'Open the studio cycle of a school year: application window, criteria set, number of leaders',
      details:
        'One cycle a school year (409 for a second). The criteria are data: indicators with their unit and points rule (per fact, per count with a cap, or a scale).',
      bodySchema: 'OpenStudioCycle',
      problems: [400, 409],
    }),
    route.get(':id', 'get', STUDIOS_RPC.getCycle, {
      summary: 'One studio cycle',
      problems: [400, 404],
    }),
    route.put(':cycleId/criteria', 'setCriteria', STUDIOS_RPC.setCriteria, {
      summary: 'Replace the cycle’s criteria set (until its ranking is published)',
      details:
        'Each contradiction names its field (`criteria.indicators.2.rule.kind`); 409 once the ranking is published.',
      description: 'The cycle with its new criteria',
      bodySchema: 'SetStudioCriteria',
      problems: [400, 404, 409],
    }),
    route.get(':cycleId/applications', 'listApplications', STUDIOS_RPC.listApplications, {
      summary: 'The cycle’s studio applications, first submitted first (filter by status)',
      details: 'A school account sees its school’s applications only.',
      description: 'The applications',
      problems: [400, 404],
    }),
    route.post(':cycleId/applications', 'apply', STUDIOS_RPC.apply, {
      summary:
        'Apply to open a studio: direction, theme, mentor, team, partner (a school account: for its own school)',
      details:
        'Inside the cycle’s application window only (409 outside it, Tomsk’s days). The mentor and the team must be the school’s own (422 naming the field).',
      bodySchema: 'ApplyForStudio',
      problems: [400, 404, 409, 422],
    }),
    route.get(':cycleId/studios', 'listStudios', STUDIOS_RPC.listStudios, {
      summary: 'The studios opened in the cycle (one per approved application)',
      details: 'A school account sees its school’s studios only.',
      description: 'The studios',
      problems: [400, 404],
    }),
    route.get(':cycleId/ranking', 'getRanking', STUDIOS_RPC.getRanking, {
      summary:
        'The cycle’s ranking: every studio’s total of accepted credit facts, place and gap to the next',
      details: 'Once published, the published ranking with its leaders.',
      problems: [400, 404],
    }),
    route.post(':cycleId/ranking/preview', 'previewRanking', STUDIOS_RPC.previewRanking, {
      summary: 'Preview the ranking under an edited criteria set beside the current one (nothing is saved)',
      description: 'Both rankings and each studio’s change of place and total',
      status: 200,
      bodySchema: 'PreviewStudioRanking',
      problems: [400, 404],
    }),
    route.post(':cycleId/ranking/publication', 'publishRanking', STUDIOS_RPC.publishRanking, {
      summary: 'Publish the cycle’s ranking and name its leaders (once)',
      details: 'From then on the cycle’s criteria and credit facts no longer change (409).',
      description: 'The ranking as published',
      status: 200,
      problems: [400, 404, 409],
    }),
  ],
});

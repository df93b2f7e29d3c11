import { ENROLLMENT_RPC } from '@orbita/enrollment/rpc';
import { resource, route } from '@orbita/gateway/resources';

/** `/api/v1/selection-campaigns`: selection (отбор) by a selection work or OGE results, and enrollment from the list. */
export const SelectionController = resource({
  name: 'Selection',
  path: 'selection-campaigns',
  tag: 'selection',
  audit: 'selection_campaign',
  routes: [
    route.get('', 'list', ENROLLMENT_RPC.listCampaigns, {
      summary: 'List selection campaigns (a school account sees its own school’s)',
      list: { sortable: ['schoolYear', 'grade', 'id'] },
      problems: [400],
    }),
    route.post('', 'create', ENROLLMENT_RPC.createCampaign, {
      summary: 'Open a selection campaign for a school, grade and year: basis, threshold, quota',
      bodySchema: 'CreateCampaign',
      problems: [400, 404, 422],
    }),
    route.get(':id', 'get', ENROLLMENT_RPC.getCampaign, {
      summary: 'A campaign with its candidates (student ids, codes, scores, ranks)',
      problems: [400, 404],
    }),
    route.post(':id/candidates', 'candidates', ENROLLMENT_RPC.recordCandidates, {
      summary: 'Enter candidates: OGE results, or extra testing of a work campaign’s linked students',
      params: { id: 'campaignId' },
      bodySchema: 'RecordCandidates',
      problems: [400, 404, 409],
    }),
    route.post(':id/ranking', 'rank', ENROLLMENT_RPC.rankCampaign, {
      summary: 'Rank the candidates',
      details:
        'By score, ties broken by extra testing; equal candidates share a rank and those tied for the last place are all recommended. ' +
        '`enrollment.selection.ranked.v1` is published.',
      problems: [400, 404],
    }),
    route.post(':id/enrollments', 'enroll', ENROLLMENT_RPC.enrollFromCampaign, {
      summary:
        'Enroll recommended students in a class by an order; basis, score, threshold and rank stay on each record',
      params: { id: 'campaignId' },
      bodySchema: 'EnrollFromCampaign',
      problems: [400, 404, 409],
    }),
  ],
});

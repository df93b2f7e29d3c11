import { resource, route } from '@orbita/gateway/resources';
import { PROJECTS_RPC, WORK_SORT_FIELDS } from '@orbita/projects/rpc';

/** A work's routes name it `{id}` in the path: it fills the request's `workId`. */
const AT_WORK = { id: 'workId' } as const;

/**
 * `/api/v1/project-works`: schools' project and research works, and each work at a stage: its slot in
 * the schedule, its experts, their sheets. A school account sees its school's works, an expert those
 * assigned to them; another's answers 404.
 */
export const ProjectWorksController = resource({
  name: 'ProjectWorks',
  path: 'project-works',
  tag: 'project-works',
  audit: 'project-work',
  routes: [
    route.get('', 'list', PROJECTS_RPC.listWorks, {
      summary: 'List project works (filter by season, school, subject area; search the title; page)',
      description: 'One page of works',
      list: { sortable: WORK_SORT_FIELDS, search: 'Part of the title' },
      problems: [400],
    }),
    route.post('', 'register', PROJECTS_RPC.registerWork, {
      summary: 'Register a work for the season (a school account: for its own school)',
      details: '`projects.work.registered.v1` is published.',
      bodySchema: 'RegisterProjectWork',
      problems: [400, 404, 422],
    }),
    route.get(':id', 'get', PROJECTS_RPC.getWork, {
      summary: 'One work',
      problems: [400, 404],
    }),
    route.put(':id/stages/:stageId/slot', 'schedule', PROJECTS_RPC.scheduleWork, {
      summary: 'Set (or move) the work’s slot at a stage: day, place or online link, turn in the day',
      description: 'The slot as set',
      params: AT_WORK,
      bodySchema: 'ScheduleProjectWork',
      problems: [400, 404, 409],
    }),
    route.post(':id/stages/:stageId/experts/:expertPersonId', 'assignExpert', PROJECTS_RPC.assignExpert, {
      summary: 'Assign an expert of the work’s section to the work at a stage',
      details:
        'Refused (409) for an expert outside the section, one already assigned, or one in a conflict of interest.',
      params: AT_WORK,
      problems: [400, 404, 409],
    }),
    route.delete(
      ':id/stages/:stageId/experts/:expertPersonId',
      'unassignExpert',
      PROJECTS_RPC.unassignExpert,
      {
        summary: 'Withdraw the expert (their draft goes; a sheet ever submitted keeps them: 409)',
        params: AT_WORK,
        problems: [400, 404, 409],
      },
    ),
    route.post(':id/conflicts', 'declareConflict', PROJECTS_RPC.declareConflict, {
      summary: 'Declare the calling expert’s conflict of interest with the work, saying why',
      details: 'Declared again, the reason is replaced and the conflict awaits confirmation anew.',
      params: AT_WORK,
      bodySchema: 'DeclareConflict',
      problems: [400, 404],
    }),
    route.post(
      ':id/conflicts/:expertPersonId/confirmation',
      'confirmConflict',
      PROJECTS_RPC.confirmConflict,
      {
        summary: 'Confirm an expert’s declared conflict: they no longer judge the work',
        details: 'Assigning the expert to the work, by hand or automatically, is refused from now on.',
        description: 'The conflict, confirmed',
        status: 200,
        params: AT_WORK,
        problems: [400, 404],
      },
    ),
    route.get(':id/stages/:stageId/sheets', 'listSheets', PROJECTS_RPC.listSheets, {
      summary: 'The work’s sheets at a stage',
      details:
        'Until the stage closes an expert sees only their own, the coordinators all, other readers none; then every reader of the work sees them all.',
      params: AT_WORK,
      problems: [400, 404],
    }),
    route.put(':id/stages/:stageId/sheet', 'saveSheet', PROJECTS_RPC.saveSheet, {
      summary: 'Save the calling expert’s sheet for the work as a draft (scores may be partial)',
      description: 'The sheet as saved',
      params: AT_WORK,
      bodySchema: 'SaveExpertSheet',
      problems: [400, 404, 409],
    }),
    route.post(':id/stages/:stageId/sheet/submit', 'submitSheet', PROJECTS_RPC.submitSheet, {
      summary: 'Submit the calling expert’s sheet: every criterion scored',
      details:
        'The first submission of the stage freezes its rubric; `projects.sheet.submitted.v1` is published.',
      description: 'The sheet as submitted',
      status: 200,
      params: AT_WORK,
      problems: [400, 404, 409],
    }),
  ],
});

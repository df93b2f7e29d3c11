import { resource, route } from '@orbita/gateway/resources';
import { PROJECTS_RPC } from '@orbita/projects/rpc';

/**
 * `/api/v1/project-stages/{stageId}/…`: a stage's rubric versions, schedule, assignment board and its
 * closing (the regional centre's; the schedule every reader's, confined to what they may see).
 */
export const ProjectStagesController = resource({
  name: 'ProjectStages',
  path: 'project-stages',
  tag: 'project-stages',
  audit: 'project-stage',
  routes: [
    route.get(':stageId/rubric', 'getRubric', PROJECTS_RPC.getStageRubric, {
      summary: 'The stage’s rubric version in force (the highest)',
      problems: [400, 404],
    }),
    route.post(':stageId/rubric-versions', 'createRubricVersion', PROJECTS_RPC.createRubricVersion, {
      summary: 'A new rubric version for the stage',
      details: 'Refused (409) once the stage’s first sheet is submitted: the rubric is frozen.',
      bodySchema: 'CreateRubricVersion',
      problems: [400, 404, 409],
    }),
    route.get(':stageId/schedule', 'listSchedule', PROJECTS_RPC.listSchedule, {
      summary: 'The stage’s schedule by day and turn (filter by subject area)',
      details: 'A school account sees its school’s works, an expert the works assigned to them.',
      description: 'The slots, by day and turn',
      problems: [400, 404],
    }),
    route.get(':stageId/assignments', 'listAssignments', PROJECTS_RPC.listAssignments, {
      summary: 'The stage’s assignment board (filter by work, expert)',
      description: 'The assignments',
      problems: [400, 404],
    }),
    route.post(':id/close', 'close', PROJECTS_RPC.closeStage, {
      summary: 'Close the stage once every assigned sheet is submitted',
      details:
        'Its scores become readable to every reader of the works; `projects.stage.closed.v1` is published.',
      description: 'The stage as closed',
      status: 200,
      problems: [400, 404, 409],
    }),
  ],
});

import { resource, route } from '@orbita/gateway/resources';
import { PROJECTS_RPC } from '@orbita/projects/rpc';

/** `/api/v1/project-stages/{stageId}/…`: a stage's rubric versions and its closing (the regional centre's). */
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

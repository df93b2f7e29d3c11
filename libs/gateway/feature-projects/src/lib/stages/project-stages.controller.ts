import { resource, route } from '@orbita/gateway/resources';
import { PROJECTS_RPC } from '@orbita/projects/rpc';

/**
 * `/api/v1/project-stages/{stageId}/…`: a stage's rubric versions, schedule, assignment board (by hand
 * and automatic), summary protocol and its closing: the regional centre's; the schedule is every
 * reader's, confined to what they may see; nominations to the final are each school's (and the region's).
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
    route.post(':stageId/automatic-assignment', 'assignExperts', PROJECTS_RPC.assignExperts, {
      summary: 'Complete every panel of the stage from its sections’ experts, least loaded first',
      details:
        'Experts with a conflict of interest are left out; existing assignments are kept and counted. Each pick is stored with its reason.',
      description: 'The picks with their reasons, and the works whose panel stays short',
      status: 200,
      inQuery: true,
      problems: [400, 404, 409],
    }),
    route.put(':stageId/settings', 'saveSettings', PROJECTS_RPC.saveStageSettings, {
      summary: 'Set how the stage turns sheets into results: aggregation, divergence threshold, award rule',
      description: 'The settings as saved',
      bodySchema: 'SaveProjectStageSettings',
      problems: [400, 404, 409, 422],
    }),
    route.get(':stageId/summary', 'summary', PROJECTS_RPC.getStageSummary, {
      summary:
        'The stage’s summary protocol: per section each work’s totals, score, rank and award; each expert’s severity',
      details:
        'From the submitted sheets, under the stage’s aggregation method, divergence threshold and award rule; rank stability compares the methods.',
      problems: [400, 404],
    }),
    route.get(
      ':stageId/nomination-candidates',
      'nominationCandidates',
      PROJECTS_RPC.listNominationCandidates,
      {
        summary:
          'A school’s works judged at the closed school stage: score, rank within the school, award, nominated or not',
        details:
          'With the stage’s nomination quota and the works it would send without a choice. A school account sees its own school only (schoolId may be left out); the region names the school.',
        problems: [400, 404, 409, 422],
      },
    ),
    route.post(':stageId/nominations', 'nominate', PROJECTS_RPC.nominateWorks, {
      summary: 'Send a school’s works of the closed school stage to the final, within the stage’s quota',
      details:
        'Replaces the school’s nominations of the season with the works named (`workIds`), or else its best ranked: works tied at the cut-off go together or not at all, those beyond the quota are listed, none sent. A school account nominates for its own school.',
      description: 'The nominated works, and those tied at the cut-off',
      status: 200,
      bodySchema: 'NominateProjectWorks',
      problems: [400, 404, 409, 422],
    }),
    route.post(':stageId/results-publication', 'publishResults', PROJECTS_RPC.publishResults, {
      summary: 'Publish the closed stage’s results (once)',
      details: '`projects.results.published.v1` is published, naming the stage and its awarded works.',
      description: 'Published',
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

import { resource, route } from '@orbita/gateway/resources';
import { PROJECTS_RPC } from '@orbita/projects/rpc';

/**
 * `/api/v1/project-seasons`: a school year's season of project defences with its two stages (school
 * stage, regional final) and its sections; the regional centre's, every reader sees them.
 */
export const ProjectSeasonsController = resource({
  name: 'ProjectSeasons',
  path: 'project-seasons',
  tag: 'project-seasons',
  audit: 'project-season',
  routes: [
    route.get('', 'list', PROJECTS_RPC.listSeasons, {
      summary: 'List the seasons of project defences, latest school year first',
      description: 'Every season with its stages and sections',
    }),
    route.post('', 'create', PROJECTS_RPC.createSeason, {
      summary: 'Open the season of a school year',
      details:
        'The stages’ dates default from the school year: the school stage 1 September – 30 March, the final 14–18 April.',
      bodySchema: 'CreateProjectSeason',
      problems: [400, 409],
    }),
    route.get(':id', 'get', PROJECTS_RPC.getSeason, {
      summary: 'One season: its stages and sections',
      problems: [400, 404],
    }),
    route.post(':seasonId/sections', 'saveSection', PROJECTS_RPC.saveSection, {
      summary: 'Create or replace the season’s section of a subject area (its title and experts)',
      description: 'The section as saved',
      status: 200,
      bodySchema: 'SaveProjectSection',
      problems: [400, 404, 409],
    }),
    route.get(':seasonId/conflicts', 'listConflicts', PROJECTS_RPC.listConflicts, {
      summary: 'The conflicts of interest experts declared with the season’s works, for confirmation',
      description: 'The conflicts, first declared first',
      problems: [400],
    }),
  ],
});

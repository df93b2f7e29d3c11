import { ROADMAP_RPC, ROADMAP_SORT_FIELDS } from '@orbita/registry/rpc';
import { resource, route } from '@orbita/gateway/resources';

/** `/api/v1/roadmaps`: each programme's roadmap for a school year, with its stages and activities. */
export const RoadmapsController = resource({
  name: 'Roadmaps',
  path: 'roadmaps',
  tag: 'roadmap',
  routes: [
    route.get('', 'list', ROADMAP_RPC.listRoadmaps, {
      summary: 'List roadmaps (filter by programme and school year)',
      description: 'One page of roadmaps, without their activities',
      list: { sortable: ROADMAP_SORT_FIELDS, search: 'Part of the title' },
      problems: [400],
    }),
    route.get(':id', 'get', ROADMAP_RPC.getRoadmap, {
      summary: 'One roadmap with its stages and their activities, in order',
      problems: [400, 404],
    }),
  ],
});

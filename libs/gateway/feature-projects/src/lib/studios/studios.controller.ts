import { resource, route } from '@orbita/gateway/resources';
import { STUDIOS_RPC } from '@orbita/projects/rpc';

/** `/api/v1/studios/{studioId}`: a studio opened from an approved application; another school's answers 404. */
export const StudiosController = resource({
  name: 'Studios',
  path: 'studios',
  tag: 'studios',
  audit: 'studio',
  routes: [
    route.get(':studioId/standing', 'explainStanding', STUDIOS_RPC.explainStanding, {
      summary:
        'Why the studio stands where it does: the indicators that earned its points, its gap to the next place',
      details: 'With the ways to close the gap: how many units of each indicator would gain the next place.',
      problems: [400, 404],
    }),
  ],
});

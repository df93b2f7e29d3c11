import { ROADMAP_RPC } from '@orbita/registry/rpc';
import { resource, route } from '@orbita/gateway/resources';

/**
 * `/api/v1/trainings`: courses and webinars of the programme's teachers, recorded by the regional centre
 * (optionally as outcomes of a roadmap activity); reporting counts the teachers trained. A school account
 * lists its own teachers' trainings.
 */
export const TrainingsController = resource({
  name: 'Trainings',
  path: 'trainings',
  tag: 'roadmap',
  audit: 'training',
  routes: [
    route.get('', 'list', ROADMAP_RPC.listTrainings, {
      summary: 'A school year’s trainings of teachers with their attendees (filter by roadmap activity)',
      description: 'The trainings, earliest first',
      personalData: true,
      problems: [400],
    }),
    route.post('', 'record', ROADMAP_RPC.recordTraining, {
      summary: 'Record a course or webinar and the teachers who attended it',
      description: 'Recorded; `registry.training.recorded.v1` is published',
      bodySchema: 'RecordTraining',
      etag: true,
      problems: [400, 404, 422],
    }),
    route.put(':id', 'update', ROADMAP_RPC.updateTraining, {
      summary: 'Replace a training’s details and attendees',
      description:
        'The training as changed; `registry.training.recorded.v1` is published again at its new version',
      bodySchema: 'UpdateTraining',
      etag: true,
      versioned: true,
      problems: [400, 404, 422],
    }),
  ],
});

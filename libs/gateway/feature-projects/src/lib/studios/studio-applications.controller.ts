import { resource, route } from '@orbita/gateway/resources';
import { STUDIOS_RPC } from '@orbita/projects/rpc';

/**
 * `/api/v1/studio-applications/{id}`: one school's application to open a studio; the school resubmits it
 * once returned, the regional centre decides. Another school's answers 404.
 */
export const StudioApplicationsController = resource({
  name: 'StudioApplications',
  path: 'studio-applications',
  tag: 'studio-applications',
  audit: 'studio-application',
  routes: [
    route.get(':id', 'get', STUDIOS_RPC.getApplication, {
      summary: 'One studio application, with its studio once approved',
      problems: [400, 404],
    }),
    route.post(':id/resubmit', 'resubmit', STUDIOS_RPC.resubmitApplication, {
      summary: 'Resubmit the application, edited, after the centre returned it with a comment',
      details:
        'Only a returned application, inside the cycle’s window (409 otherwise); the mentor and the team must be the school’s own (422 naming the field).',
      description: 'The application, submitted again',
      status: 200,
      bodySchema: 'ResubmitStudioApplication',
      problems: [400, 404, 409, 422],
    }),
    route.post(':id/decision', 'decide', STUDIOS_RPC.decideApplication, {
      summary: 'Decide a submitted application: approve (the studio opens), return with a comment, or reject',
      details:
        'Returning or rejecting needs a comment. `projects.studio-application.decided.v1` is published (ids only).',
      description: 'The application as decided',
      status: 200,
      bodySchema: 'DecideStudioApplication',
      problems: [400, 404, 409],
    }),
  ],
});

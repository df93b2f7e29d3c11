import { ORGANISATION_SORT_FIELDS, REGISTRY_RPC } from '@orbita/registry/rpc';
import { resource, route } from '@orbita/gateway/resources';
import { ORGANISATION_SEARCH } from './organisations.controller';

/**
 * `/api/v1/schools`: the region's schools (общеобразовательные организации). School-scoped roles see
 * and change their own school only: the registry answers 404 for any other.
 */
export const SchoolsController = resource({
  name: 'Schools',
  path: 'schools',
  tag: 'schools',
  audit: 'school',
  routes: [
    route.get('', 'list', REGISTRY_RPC.listSchools, {
      summary: 'List schools (filter by municipality, active; search names, Sirius id, INN; page)',
      description: 'One page of schools (a school-scoped caller: their own school)',
      list: { sortable: ORGANISATION_SORT_FIELDS, search: ORGANISATION_SEARCH },
      problems: [400],
    }),
    route.get(':id', 'get', REGISTRY_RPC.getSchool, {
      summary: 'One school',
      description: 'The school; its version is the ETag',
      etag: true,
      problems: [400, 404],
    }),
    route.post('', 'create', REGISTRY_RPC.createSchool, {
      summary: 'Register a school (region-wide roles only)',
      description: 'Registered; `registry.school.registered.v1` is published',
      etag: true,
      problems: [400, 404, 409],
    }),
    route.patch(':id', 'update', REGISTRY_RPC.updateSchool, {
      summary: 'Change a school’s card (fields left out stay as they are)',
      description: 'The school as changed; `registry.school.updated.v1` is published',
      etag: true,
      versioned: true,
    }),
  ],
});

import { PERSON_SORT_FIELDS, REGISTRY_RPC } from '@orbita/registry/rpc';
import { resource, route } from '@orbita/gateway/resources';

/**
 * `/api/v1/people`: staff of the region's organisations. Names, e-mails and phones are personal data:
 * every read is audited, and school-scoped roles reach their own school's people only.
 */
export const PeopleController = resource({
  name: 'People',
  path: 'people',
  tag: 'people',
  audit: 'person',
  routes: [
    route.get('', 'list', REGISTRY_RPC.listPeople, {
      summary: 'List people (filter by organisation, role, active; search names, e-mail, position; page)',
      description: 'One page of people',
      list: { sortable: PERSON_SORT_FIELDS, search: 'Part of the surname, name, patronymic, e-mail or position' },
      personalData: true,
      problems: [400],
    }),
    route.get(':id', 'get', REGISTRY_RPC.getPerson, {
      summary: 'One person',
      description: 'The person; their version is the ETag',
      etag: true,
      personalData: true,
      problems: [400, 404],
    }),
    route.post('', 'create', REGISTRY_RPC.createPerson, {
      summary: 'Register a person at an organisation',
      description: 'Registered; `registry.person.registered.v1` is published (without names)',
      etag: true,
      problems: [400, 404, 409],
    }),
    route.patch(':id', 'update', REGISTRY_RPC.updatePerson, {
      summary: 'Change a person’s record (fields left out stay as they are)',
      description: 'The person as changed; `registry.person.updated.v1` is published',
      etag: true,
      versioned: true,
    }),
    route.post(':id/deactivate', 'deactivate', REGISTRY_RPC.deactivatePerson, {
      summary: 'Deactivate a person: kept for history, no longer active',
      description: 'Deactivated (also when they already were)',
      status: 200,
      etag: true,
      problems: [400, 404],
    }),
  ],
});

import { ORGANISATION_SORT_FIELDS, REGISTRY_RPC } from '@orbita/registry/rpc';
import { resource, route } from '@orbita/gateway/resources';

export const ORGANISATION_SEARCH = 'Part of the full or short name, the Sirius id or the INN';

/**
 * `/api/v1/organisations`: every organisation of the region in one list (the regional centre, schools,
 * partners, the education department…), e.g. to pick the parties of an agreement. Read-only: schools
 * and partners are kept under their own resources.
 */
export const OrganisationsController = resource({
  name: 'Organisations',
  path: 'organisations',
  tag: 'organisations',
  routes: [
    route.get('', 'list', REGISTRY_RPC.listOrganisations, {
      summary: 'List organisations of every kind (a school-scoped caller sees no other school)',
      description: 'One page of organisations',
      list: { sortable: ORGANISATION_SORT_FIELDS, search: ORGANISATION_SEARCH },
      problems: [400],
    }),
  ],
});

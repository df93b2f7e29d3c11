import { ORGANISATION_SORT_FIELDS, REGISTRY_RPC } from '@orbita/registry/rpc';
import { resource, route } from '@orbita/gateway/resources';
import { ORGANISATION_SEARCH } from './organisations.controller';

/** `/api/v1/partners`: universities, colleges, enterprises, research institutes and others; region-level. */
export const PartnersController = resource({
  name: 'Partners',
  path: 'partners',
  tag: 'partners',
  audit: 'partner',
  routes: [
    route.get('', 'list', REGISTRY_RPC.listPartners, {
      summary: 'List partners (filter by kind, municipality, active; search names; page)',
      description: 'One page of partners',
      list: { sortable: ORGANISATION_SORT_FIELDS, search: ORGANISATION_SEARCH },
      problems: [400],
    }),
    route.get(':id', 'get', REGISTRY_RPC.getPartner, {
      summary: 'One partner',
      description: 'The partner; its version is the ETag',
      etag: true,
      problems: [400, 404],
    }),
    route.post('', 'create', REGISTRY_RPC.createPartner, {
      summary: 'Register a partner',
      description: 'Registered; `registry.partner.registered.v1` is published',
      etag: true,
      problems: [400, 404, 409],
    }),
    route.patch(':id', 'update', REGISTRY_RPC.updatePartner, {
      summary: 'Change a partner’s card (fields left out stay as they are)',
      description: 'The partner as changed; `registry.partner.updated.v1` is published',
      etag: true,
      versioned: true,
    }),
  ],
});

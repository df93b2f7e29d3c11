import { MUNICIPALITY_SORT_FIELDS, REGISTRY_RPC } from '@orbita/registry/rpc';
import { resource, route } from '@orbita/gateway/resources';

/**
 * `/api/v1/municipalities`: region-level reference data. Everyone who reads schools reads them; they are
 * kept by those who keep the region's partners (the service refuses school-scoped roles as well).
 */
export const MunicipalitiesController = resource({
  name: 'Municipalities',
  path: 'municipalities',
  tag: 'municipalities',
  audit: 'municipality',
  routes: [
    route.get('', 'list', REGISTRY_RPC.listMunicipalities, {
      summary: 'List municipalities (filter by kind; search by name; page)',
      description: 'One page of municipalities',
      list: { sortable: MUNICIPALITY_SORT_FIELDS, search: 'Part of the name' },
      problems: [400],
    }),
    route.get(':id', 'get', REGISTRY_RPC.getMunicipality, {
      summary: 'One municipality',
      description: 'The municipality; its version is the ETag',
      etag: true,
      problems: [400, 404],
    }),
    route.post('', 'create', REGISTRY_RPC.createMunicipality, {
      summary: 'Register a municipality',
      description: 'Registered',
      etag: true,
      problems: [400, 409],
    }),
    route.patch(':id', 'update', REGISTRY_RPC.updateMunicipality, {
      summary: 'Change a municipality (fields left out stay as they are; null clears okato/oktmo)',
      description: 'The municipality as changed',
      etag: true,
      versioned: true,
    }),
  ],
});

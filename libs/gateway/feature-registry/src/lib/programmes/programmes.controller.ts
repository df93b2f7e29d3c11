import { PARTICIPATION_SORT_FIELDS, PROGRAMME_SORT_FIELDS, REGISTRY_RPC } from '@orbita/registry/rpc';
import { resource, route } from '@orbita/gateway/resources';

/** `/api/v1/programmes`: the programmes (проекты) schools take part in; region-level reference data. */
export const ProgrammesController = resource({
  name: 'Programmes',
  path: 'programmes',
  tag: 'programmes',
  audit: 'programme',
  routes: [
    route.get('', 'list', REGISTRY_RPC.listProgrammes, {
      summary: 'List programmes (search title, short name, code; page)',
      description: 'One page of programmes',
      list: { sortable: PROGRAMME_SORT_FIELDS, search: 'Part of the title, short name or code' },
      problems: [400],
    }),
    route.get(':id', 'get', REGISTRY_RPC.getProgramme, {
      summary: 'One programme',
      description: 'The programme; its version is the ETag',
      etag: true,
      problems: [400, 404],
    }),
    route.post('', 'create', REGISTRY_RPC.createProgramme, {
      summary: 'Register a programme',
      description: 'Registered',
      etag: true,
      problems: [400, 409],
    }),
    route.patch(':id', 'update', REGISTRY_RPC.updateProgramme, {
      summary: 'Change a programme’s title, short name or description',
      description: 'The programme as changed',
      etag: true,
      versioned: true,
    }),
  ],
});

/**
 * `/api/v1/programmes/{programmeId}/participation`: which schools take part in a programme, per school
 * year. School-scoped roles see their own school's participation only.
 */
export const ParticipationController = resource({
  name: 'Participation',
  path: 'programmes',
  tag: 'programmes',
  audit: 'programme-participation',
  routes: [
    route.get(':programmeId/participation', 'list', REGISTRY_RPC.listParticipation, {
      summary: 'List the schools taking part in a programme (filter by school year, school; page)',
      description: 'One page of participation, latest school year first',
      list: { sortable: PARTICIPATION_SORT_FIELDS, search: 'Part of the school’s name' },
      problems: [400],
    }),
    route.post(':programmeId/participation', 'add', REGISTRY_RPC.addParticipation, {
      summary: 'Add a school to the programme for a school year',
      description: 'Added; `registry.programme-participation.changed.v1` is published',
      problems: [400, 404, 409],
    }),
    route.delete(':programmeId/participation/:id', 'remove', REGISTRY_RPC.removeParticipation, {
      summary: 'Remove a school’s participation (one school year)',
      description: 'Removed; `registry.programme-participation.changed.v1` is published',
      problems: [400, 404],
    }),
  ],
});

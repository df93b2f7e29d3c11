import { AGREEMENT_SORT_FIELDS, REGISTRY_RPC } from '@orbita/registry/rpc';
import { resource, route } from '@orbita/gateway/resources';

/**
 * `/api/v1/agreements`: cooperation agreements (договоры о сотрудничестве) of schools, the regional
 * centre and the authority with partners. School-scoped roles reach the agreements their school signed.
 */
export const AgreementsController = resource({
  name: 'Agreements',
  path: 'agreements',
  tag: 'agreements',
  audit: 'agreement',
  routes: [
    route.get('', 'list', REGISTRY_RPC.listAgreements, {
      summary:
        'List agreements (filter by organisation, status, programme; `expiringWithinDays=60` for those to renew)',
      description: 'One page of agreements, by default those ending first first',
      list: { sortable: AGREEMENT_SORT_FIELDS, search: 'Part of the number, the subject or a party’s short name' },
      problems: [400],
    }),
    route.get(':id', 'get', REGISTRY_RPC.getAgreement, {
      summary: 'One agreement',
      description: 'The agreement; its version is the ETag',
      etag: true,
      problems: [400, 404],
    }),
    route.post('', 'create', REGISTRY_RPC.createAgreement, {
      summary: 'Register an agreement, as a draft or already signed',
      description: 'Registered',
      etag: true,
      problems: [400, 404, 409],
    }),
    route.patch(':id', 'update', REGISTRY_RPC.updateAgreement, {
      summary: 'Change an agreement: its terms, or its status (sign a draft, terminate)',
      description: 'The agreement as changed',
      etag: true,
      versioned: true,
    }),
  ],
});

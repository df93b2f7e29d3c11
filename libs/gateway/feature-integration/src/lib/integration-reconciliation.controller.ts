import { resource, route } from '@orbita/gateway/resources';
import { INTEGRATION_RPC, MISMATCH_SORT_FIELDS } from '@orbita/integration/rpc';

/** Reconciling every school's class lists with the platform reads each school's roster: longer than 5 s. */
const RECONCILE_TIMEOUT_MS = 60_000;

/**
 * `/api/v1/integration/schools`: each school's reconciliation with Sirius.Schools at a glance; a school
 * account sees its own school.
 */
export const IntegrationSchoolsController = resource({
  name: 'IntegrationSchools',
  path: 'integration/schools',
  tag: 'integration',
  routes: [
    route.get('', 'list', INTEGRATION_RPC.listSchoolReconciliations, {
      summary: 'Schools with their linked students, open mismatches and last reconciliation',
      description: 'One page of schools',
      list: { sortable: [] },
      problems: [400],
    }),
  ],
});

/**
 * `/api/v1/integration/mismatches`: a school's mismatch report (the platform's side and ours, children's
 * names included: every read is audited); a school account sees and decides its own school's only.
 */
export const IntegrationMismatchesController = resource({
  name: 'IntegrationMismatches',
  path: 'integration/mismatches',
  tag: 'integration',
  audit: 'integration-mismatch',
  routes: [
    route.get('', 'list', INTEGRATION_RPC.listMismatches, {
      summary: 'A school’s mismatches with the platform (open ones unless `status` says otherwise)',
      details:
        'Region-wide callers name the school (`schoolId`); another school’s answers 404 to a school account.',
      description: 'One page of mismatches',
      list: { sortable: MISMATCH_SORT_FIELDS },
      personalData: true,
      problems: [400, 404],
    }),
    route.post(':id/decision', 'decide', INTEGRATION_RPC.decideMismatch, {
      summary: 'Approve a mismatch (link, merge duplicates into the kept account, drop a link) or reject it',
      details:
        'Only an open mismatch (409 INTEGRATION.MISMATCH_NOT_OPEN otherwise); a duplicate’s approval names the account to keep (`keepExternalId`, 422 INTEGRATION.MISMATCH_KEEP_UNKNOWN when it is not one of them). A link published as `integration.student.linked.v1` (ids only).',
      description: 'The mismatch as decided',
      status: 200,
      bodySchema: 'DecideIntegrationMismatch',
      personalData: true,
      problems: [400, 404, 409, 422],
    }),
  ],
});

/** `/api/v1/integration/reconciliations`: reconcile a school (or, region-wide, every school) now. */
export const IntegrationReconciliationsController = resource({
  name: 'IntegrationReconciliations',
  path: 'integration/reconciliations',
  tag: 'integration',
  audit: 'integration-reconciliation',
  routes: [
    route.post('', 'create', INTEGRATION_RPC.reconcile, {
      summary: 'Reconcile a school’s class lists with the platform’s records as stored now',
      details:
        'A school account reconciles its own school; region-wide callers name one (`schoolId`) or leave it out for every school. `integration.mismatches.found.v1` is published per school with new mismatches (ids and counts).',
      description: 'How many schools were reconciled and how many mismatches are new',
      status: 200,
      bodySchema: 'ReconcileIntegrationSchools',
      problems: [400, 404],
      timeoutMs: RECONCILE_TIMEOUT_MS,
    }),
  ],
});

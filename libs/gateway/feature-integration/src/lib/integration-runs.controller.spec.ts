import type { Type } from '@nestjs/common';
import type { Permission } from '@orbita/auth';
import { READS_PERSONAL_DATA, REQUIRED_PERMISSION } from '@orbita/gateway/auth';
import {
  IntegrationMismatchesController,
  IntegrationReconciliationsController,
  IntegrationSchoolsController,
} from './integration-reconciliation.controller';
import { IntegrationRunsController, IntegrationStatusController } from './integration-runs.controller';

/** Each route of the controller with the permission it requires. */
function permissionsOf(controller: Type<unknown>): Record<string, Permission> {
  const prototype = controller.prototype as Record<string, object>;
  return Object.fromEntries(
    Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor')
      .map((name) => [name, Reflect.getMetadata(REQUIRED_PERMISSION, prototype[name]) as Permission]),
  );
}

describe('integration routes', () => {
  it('leave the sync runs and status to the regional centre (integration:manage)', () => {
    expect(permissionsOf(IntegrationRunsController)).toEqual({
      start: 'integration:manage',
      list: 'integration:manage',
      listXlsx: 'integration:manage',
      decide: 'integration:manage',
    });
    expect(permissionsOf(IntegrationStatusController)).toEqual({ get: 'integration:manage' });
  });

  it('open the reconciliation to school coordinators as well (integration:reconcile)', () => {
    expect(permissionsOf(IntegrationSchoolsController)).toEqual({
      list: 'integration:reconcile',
      listXlsx: 'integration:reconcile',
    });
    expect(permissionsOf(IntegrationMismatchesController)).toEqual({
      list: 'integration:reconcile',
      listXlsx: 'integration:reconcile',
      decide: 'integration:reconcile',
    });
    expect(permissionsOf(IntegrationReconciliationsController)).toEqual({ create: 'integration:reconcile' });
  });

  it('audit each answer carrying children’s names (the mismatch report and a decided mismatch)', () => {
    const prototype = IntegrationMismatchesController.prototype as Record<string, object>;
    expect(Reflect.getMetadata(READS_PERSONAL_DATA, prototype['list'])).toBe(true);
    expect(Reflect.getMetadata(READS_PERSONAL_DATA, prototype['decide'])).toBe(true);
  });
});

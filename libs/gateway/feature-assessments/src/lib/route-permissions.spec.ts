import type { Permission } from '@orbita/auth';
import { READS_PERSONAL_DATA, REQUIRED_PERMISSION } from '@orbita/gateway/auth';
import { ProtocolsController, ProtocolUploadsController } from './protocols/protocols.controller';
import { WorksController } from './works/works.controller';

/** The permission each route needs: its own, else its controller's. (Requests through the gateway: e2e/src/assessments.e2e.spec.ts.) */
function permissions(controller: new (...args: never[]) => object): Record<string, Permission | undefined> {
  const byController = Reflect.getMetadata(REQUIRED_PERMISSION, controller) as Permission | undefined;
  const methods = Object.getOwnPropertyNames(controller.prototype).filter((name) => name !== 'constructor');
  return Object.fromEntries(
    methods.map((name) => [name, (Reflect.getMetadata(REQUIRED_PERMISSION, controller.prototype[name as keyof object]) as Permission | undefined) ?? byController]),
  );
}

describe('assessments routes', () => {
  it('guard works: read for all readers, write for the regional centre, codes for those who submit', () => {
    expect(permissions(WorksController)).toEqual({
      list: 'works:read',
      create: 'works:write',
      get: 'works:read',
      revise: 'works:write',
      publishVersion: 'works:write',
      getVersion: 'works:read',
      template: 'works:read',
      issueCodes: 'protocols:submit',
      listCodes: 'protocols:read',
    });
  });

  it('guard protocols: uploads and submission for schools and the region, review for the region only', () => {
    expect(permissions(ProtocolsController)).toEqual({
      list: 'protocols:read',
      upload: 'protocols:submit',
      get: 'protocols:read',
      rows: 'protocols:read',
      versions: 'protocols:read',
      submit: 'protocols:submit',
      accept: 'protocols:review',
      return: 'protocols:review',
    });
    expect(permissions(ProtocolUploadsController)).toEqual({ get: 'protocols:read' });
  });

  it('audit reads of protocol rows and participant codes, which lead to a child through the code', () => {
    const audited = (controller: new (...args: never[]) => object) =>
      Object.getOwnPropertyNames(controller.prototype).filter(
        (name) => Reflect.getMetadata(READS_PERSONAL_DATA, controller.prototype[name as keyof object]) === true,
      );
    expect(audited(ProtocolsController)).toEqual(['rows']);
    expect(audited(WorksController)).toEqual(['listCodes']);
  });
});

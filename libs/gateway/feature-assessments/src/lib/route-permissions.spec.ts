import type { Type } from '@nestjs/common';
import type { Permission } from '@orbita/auth';
import { READS_PERSONAL_DATA, REQUIRED_PERMISSION } from '@orbita/gateway/auth';
import { ProtocolsController, ProtocolUploadsController } from './protocols/protocols.controller';
import { WorksController } from './works/works.controller';

type Controller = Type<unknown>;

/** The route methods of a controller: its own and its route table's (the class it extends). */
function routesOf(controller: Controller): string[] {
  const names: string[] = [];
  for (let prototype = controller.prototype; prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype)) {
    names.push(...Object.getOwnPropertyNames(prototype).filter((name) => name !== 'constructor'));
  }
  return names;
}

const handler = (controller: Controller, name: string): object => (controller.prototype as Record<string, object>)[name];

/** The permission each route needs: its own, else its controller's. (Requests through the gateway: e2e/src/assessments.e2e.spec.ts.) */
function permissions(controller: Controller): Record<string, Permission | undefined> {
  const byController = Reflect.getMetadata(REQUIRED_PERMISSION, controller) as Permission | undefined;
  return Object.fromEntries(
    routesOf(controller).map((name) => [name, (Reflect.getMetadata(REQUIRED_PERMISSION, handler(controller, name)) as Permission | undefined) ?? byController]),
  );
}

describe('assessments routes', () => {
  it('guard works: read for all readers, write for the regional centre, codes for those who submit', () => {
    expect(permissions(WorksController)).toEqual({
      list: 'works:read',
      listXlsx: 'works:read',
      create: 'works:write',
      get: 'works:read',
      revise: 'works:write',
      publishVersion: 'works:write',
      getVersion: 'works:read',
      template: 'works:read',
      issueCodes: 'protocols:submit',
      listCodes: 'protocols:read',
      listCodesXlsx: 'protocols:read',
    });
  });

  it('guard protocols: uploads and submission for schools and the region, review for the region only', () => {
    expect(permissions(ProtocolsController)).toEqual({
      list: 'protocols:read',
      listXlsx: 'protocols:read',
      upload: 'protocols:submit',
      get: 'protocols:read',
      rows: 'protocols:read',
      rowsXlsx: 'protocols:read',
      versions: 'protocols:read',
      submit: 'protocols:submit',
      accept: 'protocols:review',
      return: 'protocols:review',
    });
    expect(permissions(ProtocolUploadsController)).toEqual({ get: 'protocols:read' });
  });

  it('audit reads of protocol rows and participant codes, which lead to a child through the code', () => {
    const audited = (controller: Controller) =>
      routesOf(controller).filter((name) => Reflect.getMetadata(READS_PERSONAL_DATA, handler(controller, name)) === true);
    expect(audited(ProtocolsController)).toEqual(['rows', 'rowsXlsx']);
    expect(audited(WorksController)).toEqual(['listCodes', 'listCodesXlsx']);
  });
});

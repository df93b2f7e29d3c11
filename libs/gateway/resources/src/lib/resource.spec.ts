import { Module, type ExecutionContext, type INestApplication } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { defineRpc, ListQuery, pageOf, type RpcContract } from '@orbita/contracts';
import { HttpAdapterHost } from '@nestjs/core';
import {
  buildOpenApiDocument,
  createValidationPipe,
  ProblemDetailsFilter,
  ServiceClient,
} from '@orbita/gateway/feature-http';
import { IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import ExcelJS from 'exceljs';
import { LIST_EXPORT_ROW_CAP } from './list-export';
import { resource, route } from './resource';

@ApiSchema({ name: 'ThingOwner' })
class ThingOwnerView {
  @ApiProperty({ example: 'Гимназия № 2' })
  name!: string;

  @ApiProperty({ title: 'Телефон владельца', example: '+7 3822 00-00-00' })
  phone!: string;
}

@ApiSchema({ name: 'Thing' })
class ThingView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Лицей' })
  name!: string;

  @ApiProperty({ example: 3 })
  version!: number;

  @ApiPropertyOptional({ type: [String], example: ['новое'] })
  tags?: string[];

  @ApiPropertyOptional({ type: ThingOwnerView })
  owner?: ThingOwnerView;
}

class ListThingsQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Only things of this kind' })
  @IsOptional()
  @IsString()
  kind?: string;
}

class ByIdRequest {
  @IsUUID()
  id!: string;
}

class UpdateThingRequest {
  @IsUUID()
  id!: string;

  @ApiPropertyOptional({ example: 'Гимназия' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  name?: string;

  @ApiPropertyOptional({ example: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

const THINGS_RPC = {
  list: defineRpc({
    subject: 'things.list.things',
    request: ListThingsQuery,
    response: pageOf(ThingView),
    permission: 'schools:read',
    scope: 'school',
  }),
  get: defineRpc({
    subject: 'things.get.thing',
    request: ByIdRequest,
    response: ThingView,
    permission: 'schools:read',
    scope: 'school',
  }),
  update: defineRpc({
    subject: 'things.update.thing',
    request: UpdateThingRequest,
    response: ThingView,
    permission: 'schools:write',
    scope: 'school',
  }),
  remove: defineRpc({
    subject: 'things.remove.thing',
    request: ByIdRequest,
    response: null,
    permission: 'schools:write',
    scope: 'region',
  }),
};

const ThingsController = resource({
  name: 'Things',
  path: 'things',
  tag: 'things',
  audit: 'thing',
  routes: [
    route.get('', 'list', THINGS_RPC.list, {
      summary: 'List things',
      list: { sortable: ['name'], search: 'Part of the name' },
    }),
    route.get(':id', 'get', THINGS_RPC.get, { summary: 'One thing', etag: true, problems: [404] }),
    route.patch(':id', 'update', THINGS_RPC.update, { summary: 'Change a thing', versioned: true }),
    route.delete(':id', 'remove', THINGS_RPC.remove, { summary: 'Remove a thing' }),
  ],
});

/** The `x-orbita-permission` extension RequirePermission documents. */
const permissionOf = (operation: object) => (operation as Record<string, unknown>)['x-orbita-permission'];

const ACTOR: Actor = { userId: '6f1c1a52-8a9e-4d5e-9d4c-7f1b2c3d4e5f', role: 'regional_coordinator' };
const THING_ID = '0b7e4a1c-2d3f-4a5b-8c6d-7e8f9a0b1c2d';

/** The service side, outside this unit: records what the route sent and answers a thing, or a page of `listed`. */
class RecordingServiceClient {
  readonly sent: { contract: RpcContract; body: object; actor: Actor }[] = [];
  listed: ThingView[] = [];
  /** The total the list claims, when not the length of `listed`. */
  claimedTotal?: number;

  async request(contract: RpcContract, body: Record<string, unknown>, actor: Actor): Promise<unknown> {
    this.sent.push({ contract, body, actor });
    if (contract.response === null) return undefined;
    if (contract === THINGS_RPC.list) {
      const { page = 1, pageSize = 20 } = body as { page?: number; pageSize?: number };
      const items = this.listed.slice((page - 1) * pageSize, page * pageSize);
      return { items, total: this.claimedTotal ?? this.listed.length, page, pageSize };
    }
    return { id: body['id'] ?? THING_ID, name: body['name'] ?? 'Лицей', version: 4 };
  }
}

/** The things' controller over `services`, listening on a free port. */
async function startThingsApp(services: RecordingServiceClient): Promise<INestApplication> {
  @Module({ controllers: [ThingsController], providers: [{ provide: ServiceClient, useValue: services }] })
  class ThingsModule {}
  const moduleRef = await Test.createTestingModule({ imports: [ThingsModule] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), {
    logger: false,
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(HttpAdapterHost)));
  // The gateway's auth guard puts the verified actor on the request; here, a fixed one.
  app.useGlobalGuards({
    canActivate: (context: ExecutionContext) => {
      context.switchToHttp().getRequest<{ actor?: Actor }>().actor = ACTOR;
      return true;
    },
  });
  app.setGlobalPrefix('api/v1');
  await app.listen(0, '127.0.0.1');
  return app;
}

describe('resource(): a gateway controller from a route table', () => {
  let app: INestApplication;
  let baseUrl: string;
  const services = new RecordingServiceClient();

  beforeAll(async () => {
    app = await startThingsApp(services);
    baseUrl = `${await app.getUrl()}/api/v1/things`;
  });

  afterAll(() => app.close());

  it('documents each route from its contract: operationId, permission, parameters, body and reply schemas', () => {
    const document = buildOpenApiDocument(app);
    const list = document.paths['/api/v1/things'].get!;
    expect(list.operationId).toBe('Things_list');
    expect(permissionOf(list)).toBe('schools:read');
    expect(list.parameters?.map((parameter) => 'name' in parameter && parameter.name)).toEqual(
      expect.arrayContaining(['kind', 'page', 'pageSize', 'sort', 'q']),
    );
    expect(JSON.stringify(list.responses['200'])).toContain('#/components/schemas/ThingPage');

    const update = document.paths['/api/v1/things/{id}'].patch!;
    expect(update.operationId).toBe('Things_update');
    expect(permissionOf(update)).toBe('schools:write');
    expect(JSON.stringify(update.requestBody)).toContain('#/components/schemas/UpdateThing');
    expect(update.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'id',
          in: 'path',
          schema: expect.objectContaining({ format: 'uuid' }),
        }),
        expect.objectContaining({ name: 'If-Match', in: 'header' }),
      ]),
    );
    // The body schema is the request without its path parameter.
    expect(Object.keys(document.components!.schemas!['UpdateThing']!)).toBeDefined();
    expect(JSON.stringify(document.components!.schemas!['UpdateThing'])).not.toContain('"id"');
    expect(Object.keys(document.paths['/api/v1/things/{id}'].delete!.responses)).toContain('204');
  });

  it('sends query and path parameters to the contract’s service as the caller', async () => {
    const response = await fetch(`${baseUrl}/${THING_ID}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe('"4"');
    expect(services.sent.at(-1)).toEqual({ contract: THINGS_RPC.get, body: { id: THING_ID }, actor: ACTOR });

    await fetch(`${baseUrl}?kind=school&page=2`);
    expect(services.sent.at(-1)?.body).toEqual({ kind: 'school', page: 2 });
  });

  it('takes the precondition of an update from If-Match and merges the path id into the body', async () => {
    const response = await fetch(`${baseUrl}/${THING_ID}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'if-match': '"4"' },
      body: JSON.stringify({ name: 'Гимназия' }),
    });
    expect(response.status).toBe(200);
    expect(services.sent.at(-1)?.body).toEqual({ name: 'Гимназия', id: THING_ID, expectedVersion: 4 });
  });

  it('refuses a malformed path id or body before any service is asked', async () => {
    const before = services.sent.length;
    expect((await fetch(`${baseUrl}/not-a-uuid`)).status).toBe(400);
    const tooLong = await fetch(`${baseUrl}/${THING_ID}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'if-match': '"4"' },
      body: JSON.stringify({ name: 'x'.repeat(51), id: THING_ID }),
    });
    expect(tooLong.status).toBe(400);
    expect(
      ((await tooLong.json()) as { errors: { field: string }[] }).errors.map((error) => error.field).sort(),
    ).toEqual(['id', 'name']);
    expect(services.sent.length).toBe(before);
  });

  it('answers 204 for a contract that replies nothing', async () => {
    const response = await fetch(`${baseUrl}/${THING_ID}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(services.sent.at(-1)).toMatchObject({ contract: THINGS_RPC.remove, body: { id: THING_ID } });
  });
});

describe('a list route’s export: GET <path>/export.xlsx', () => {
  let app: INestApplication;
  let baseUrl: string;
  const services = new RecordingServiceClient();

  beforeAll(async () => {
    app = await startThingsApp(services);
    baseUrl = `${await app.getUrl()}/api/v1/things`;
  });

  afterAll(() => app.close());

  async function sheetRows(response: Response): Promise<unknown[][]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook.worksheets[0]
      .getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
  }

  it('is documented beside the list: its filters and sort without paging, a workbook reply, the list’s permission', () => {
    const exported = buildOpenApiDocument(app).paths['/api/v1/things/export.xlsx'].get!;
    expect(exported.operationId).toBe('Things_listXlsx');
    expect(permissionOf(exported)).toBe('schools:read');
    const parameters = exported.parameters?.map((parameter) => 'name' in parameter && parameter.name);
    expect(parameters).toEqual(expect.arrayContaining(['kind', 'sort', 'q']));
    expect(parameters).not.toContain('page');
    expect(Object.keys((exported.responses['200'] as { content: object }).content)).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(Object.keys(exported.responses)).toContain('422');
  });

  it('writes every page under the list’s filters as the caller, one column per documented field, formulas neutralised', async () => {
    services.listed = Array.from({ length: 205 }, (_, index) => ({
      id: `thing-${index}`,
      name: `Школа ${index}`,
      version: 1,
    }));
    services.listed[1] = {
      id: 'thing-1',
      name: '=HYPERLINK("http://evil","Лицей")',
      version: 2,
      tags: ['новое', '-1'],
      owner: { name: '@Гимназия', phone: '+7 3822 00-00-00' },
    };
    services.sent.length = 0;

    const response = await fetch(`${baseUrl}/export.xlsx?kind=school&sort=name`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="things.xlsx"');
    const rows = await sheetRows(response);
    // Headers: the common fields' Russian names, a field's own title, else its name; a nested object's fields after it.
    expect(rows[0]).toEqual([
      'Идентификатор',
      'Наименование',
      'Версия',
      'tags',
      'owner: Наименование',
      'owner: Телефон владельца',
    ]);
    expect(rows[1]).toEqual(['thing-0', 'Школа 0', 1]);
    expect(rows[2]).toEqual([
      'thing-1',
      `'=HYPERLINK("http://evil","Лицей")`,
      2,
      'новое, -1',
      "'@Гимназия",
      "'+7 3822 00-00-00",
    ]);
    expect(rows).toHaveLength(206);
    expect(services.sent.map(({ body, actor }) => ({ body, actor }))).toEqual([
      { body: { kind: 'school', sort: 'name', page: 1, pageSize: 200 }, actor: ACTOR },
      { body: { kind: 'school', sort: 'name', page: 2, pageSize: 200 }, actor: ACTOR },
    ]);
  });

  it('refuses a list beyond the cap with 422 naming it, and paging parameters as unknown', async () => {
    services.claimedTotal = LIST_EXPORT_ROW_CAP + 1;
    const tooLarge = await fetch(`${baseUrl}/export.xlsx`);
    services.claimedTotal = undefined;
    expect(tooLarge.status).toBe(422);
    expect(await tooLarge.json()).toMatchObject({
      code: 'EXPORT.TOO_LARGE',
      detail: expect.stringContaining('10 000 строк'),
      rowCap: LIST_EXPORT_ROW_CAP,
      total: LIST_EXPORT_ROW_CAP + 1,
    });

    expect((await fetch(`${baseUrl}/export.xlsx?page=2`)).status).toBe(400);
  });
});

describe('route.*', () => {
  it('refuses, when the table is defined, a contract only services may call', () => {
    const roster = defineRpc({
      subject: 'things.list.roster',
      request: ByIdRequest,
      response: ThingView,
      permission: 'students:read',
      scope: 'school',
      callers: ['integration'],
    });
    for (const define of Object.values(route))
      expect(() => define(':id', 'roster', roster, { summary: 'The roster' })).toThrow(
        'things.list.roster is called by services (integration) only: no route may expose it',
      );
  });
});

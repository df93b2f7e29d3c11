import {
  Body,
  Controller,
  Delete,
  Get,
  Header,
  Headers,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  StreamableFile,
  UseInterceptors,
  type Type,
} from '@nestjs/common';
import {
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiResponse,
  ApiSchema,
  ApiTags,
  IntersectionType,
  OmitType,
} from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { XLSX_MEDIA_TYPE, type Page, type RpcContract } from '@orbita/contracts';
import {
  AuditResource,
  CurrentActor,
  ReadsPersonalData,
  RequirePermission,
  ThrottleExpensive,
} from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { getMetadataStorage } from 'class-validator';
import { everyPage, exportColumns, LIST_EXPORT_ROW_CAP, listItemClass, listWorkbook } from './list-export';
import { ApiVersionedUpdate, expectedVersionOf, ExpectedVersionBody } from './versioned-update';
import { VersionEtagInterceptor } from './version-etag.interceptor';

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What an HTTP request brought, for a route that builds its RPC request itself. */
export interface HttpParts {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: Record<string, unknown>;
  actor: Actor;
}

/** The HTTP specifics of one route; everything else comes from its RPC contract. */
export interface RouteOptions<Req extends object> {
  summary: string;
  /** The operation's description, below its summary (what it publishes, how it decides). */
  details?: string;
  /** The success response's description. */
  description?: string;
  /** Default: 201 for POST, 204 when the contract replies nothing, else 200. */
  status?: 200 | 201 | 202 | 204;
  /**
   * A list route: documents `page`, `pageSize`, `sort` (these fields) and `q` (when `search` says what it
   * searches), and adds its export: `GET <path>/export.xlsx`, every page under the same filters as a workbook.
   */
  list?: { sortable: readonly string[]; search?: string };
  /** A single record: its `version` goes out as the ETag. */
  etag?: boolean;
  /** An update with a precondition: `If-Match` or the body's `expectedVersion` becomes `expectedVersion`. */
  versioned?: boolean;
  /** Error statuses beyond 401/403 (and those `versioned` documents). */
  problems?: number[];
  /** The reply holds personal data: each successful read is audited. */
  personalData?: boolean;
  /** Costly: the "expensive" rate limit applies. */
  expensive?: boolean;
  /** Path parameters that are not UUIDs (default: every `:param` is one). */
  textParams?: readonly string[];
  /** The request field a path parameter fills when it is named otherwise (`{ id: 'studentId' }`). */
  params?: Readonly<Record<string, string>>;
  /** The OpenAPI name of the body schema (default: the request class's name without `Request`). */
  bodySchema?: string;
  /** The input comes from the query string whatever the method (a POST action narrowed by query parameters). */
  inQuery?: boolean;
  /** Builds the RPC request when it is not query + body + path parameters. */
  toRequest?: (parts: HttpParts) => Req;
  /** For requests known to take long; 5 s otherwise. */
  timeoutMs?: number;
}

export interface RouteDefinition<Req extends object = object> {
  readonly method: HttpMethod;
  readonly path: string;
  /** The method name: operationIds read `<Resource>_<name>`. */
  readonly name: string;
  readonly contract: RpcContract<Req, unknown>;
  readonly options: RouteOptions<Req>;
}

const define =
  (method: HttpMethod) =>
  <Req extends object>(
    path: string,
    name: string,
    contract: RpcContract<Req, unknown>,
    options: RouteOptions<Req>,
  ): RouteDefinition<Req> => {
    // Such an operation is served to its services without a user (the bus authenticates them): never over HTTP.
    if (contract.callers?.length)
      throw new Error(
        `${contract.subject} is called by services (${contract.callers.join(', ')}) only: no route may expose it`,
      );
    return { method, path, name, contract, options };
  };

/** One line of a route table: method, path, name, the RPC contract it calls and its HTTP specifics. */
export const route = {
  get: define('GET'),
  post: define('POST'),
  put: define('PUT'),
  patch: define('PATCH'),
  delete: define('DELETE'),
};

export interface ResourceDefinition {
  /** The controller's name: `Schools` → `SchoolsController`, operationIds `Schools_<route>`. */
  name: string;
  /** Under `/api/v1`. */
  path: string;
  /** The OpenAPI tag. */
  tag: string;
  /** The kind of record its writes audit (`school`); see `AuditResource`. */
  audit?: string;
  routes: readonly RouteDefinition<object>[];
}

/** Forwards each route to its contract's service as the caller; the subclasses are the route tables. */
class ResourceController {
  constructor(@Inject(ServiceClient) readonly services: ServiceClient) {}
}

const METHOD_DECORATORS = { GET: Get, POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete } as const;

/**
 * A gateway controller made from a route table: each route checks the contract's permission (the one
 * place it is written), validates the path parameters, query and body with the contract's request class
 * (less the path parameters), sends the request to the service as the caller and answers its reply,
 * documented in OpenAPI from the contract's classes. Hand-written controllers remain for what HTTP
 * does differently (uploads, downloads, authentication).
 */
export function resource(definition: ResourceDefinition): Type<unknown> {
  const controller = class extends ResourceController {};
  Object.defineProperty(controller, 'name', { value: `${definition.name}Controller` });
  const names = new Set<string>();
  for (const routeDefinition of definition.routes as readonly RouteDefinition[]) {
    if (names.has(routeDefinition.name))
      throw new Error(`${definition.name} has two routes named ${routeDefinition.name}`);
    names.add(routeDefinition.name);
    addRoute(controller.prototype, routeDefinition);
    if (routeDefinition.options.list) addListExport(controller.prototype, definition, routeDefinition);
  }
  const classDecorators: ClassDecorator[] = [Controller(definition.path), ApiTags(definition.tag)];
  if (definition.audit) classDecorators.push(AuditResource(definition.audit));
  Reflect.decorate(classDecorators, controller);
  return controller;
}

function addRoute(prototype: ResourceController, definition: RouteDefinition): void {
  const { method, path, name, contract, options } = definition;
  const pathParams = pathParamsOf(path);
  const input = inputClass(
    contract.request,
    pathParams.map(fieldOf(options)),
    options.bodySchema,
    options.versioned,
  );
  const carriesInput = input !== undefined;
  const inQuery = carriesInput && (options.inQuery ?? (method === 'GET' || method === 'DELETE'));
  // Argument positions: the path parameters, then query or body, If-Match, the actor.
  const inputIndex = pathParams.length;
  const ifMatchIndex = inputIndex + (carriesInput ? 1 : 0);
  const actorIndex = ifMatchIndex + (options.versioned ? 1 : 0);

  async function handle(this: ResourceController, ...args: unknown[]): Promise<unknown> {
    const fields = (carriesInput ? args[inputIndex] : {}) as Record<string, unknown>;
    const actor = args[actorIndex] as Actor;
    const request = rpcRequest(definition, args, fields, inQuery, actor);
    if (options.versioned) {
      request['expectedVersion'] = expectedVersionOf(
        fields['expectedVersion'] as number | undefined,
        args[ifMatchIndex] as string | undefined,
      );
    }
    return this.services.request(contract, request, actor, { timeoutMs: options.timeoutMs });
  }
  defineHandler(prototype, name, handle);

  const paramTypes = decoratePathParams(prototype, name, pathParams, options);
  if (carriesInput) {
    (inQuery ? Query() : Body())(prototype, name, inputIndex);
    paramTypes.push(input);
  }
  if (options.versioned) {
    Headers('if-match')(prototype, name, ifMatchIndex);
    // Not `String`: Swagger would add a required `if-match` beside the optional `If-Match` ApiVersionedUpdate documents.
    paramTypes.push(Object);
  }
  CurrentActor()(prototype, name, actorIndex);
  paramTypes.push(Object);
  Reflect.defineMetadata('design:paramtypes', paramTypes, prototype, name);

  const status = options.status ?? (contract.response === null ? 204 : method === 'POST' ? 201 : 200);
  const decorators: MethodDecorator[] = [
    METHOD_DECORATORS[method](path),
    HttpCode(status),
    RequirePermission(contract.permission),
    ApiOperation({ summary: options.summary, ...(options.details && { description: options.details }) }),
    successResponse(contract, status, options.description),
    ...pathParamDocs(definition, pathParams),
  ];
  if (options.list) decorators.push(ApiListQuery(options.list));
  if (options.versioned) decorators.push(ApiVersionedUpdate());
  if (options.problems?.length) decorators.push(ApiProblemResponses(...options.problems));
  if (options.etag) decorators.push(UseInterceptors(VersionEtagInterceptor));
  if (options.personalData) decorators.push(ReadsPersonalData());
  if (options.expensive) decorators.push(ThrottleExpensive());
  applyMethodDecorators(prototype, name, decorators);
}

/**
 * A list route's export, `GET <path>/export.xlsx`: the same permission, filters, sort and path parameters,
 * every page (up to LIST_EXPORT_ROW_CAP rows) asked of the same contract as the caller, so that the
 * service scopes it as it scopes the list; one column per documented field of the list's items. A
 * sibling path rather than `?format=`, so that the list's operation keeps its one JSON reply in OpenAPI.
 */
function addListExport(
  prototype: ResourceController,
  resourceDefinition: ResourceDefinition,
  definition: RouteDefinition,
): void {
  const { path, contract, options } = definition;
  const name = `${definition.name}Xlsx`;
  const pathParams = pathParamsOf(path);
  const listInput = inputClass(contract.request, pathParams.map(fieldOf(options))) as Type<object>;
  const input = OmitType(listInput, ['page', 'pageSize'] as (keyof object)[]);
  Object.defineProperty(input, 'name', { value: `${listInput.name}Export` });
  const columns = exportColumns(listItemClass(contract));
  const title = [
    resourceDefinition.path,
    ...path.split('/').filter((segment) => segment && !segment.startsWith(':')),
  ].join('-');
  const inputIndex = pathParams.length;

  async function handle(this: ResourceController, ...args: unknown[]): Promise<StreamableFile> {
    const fields = args[inputIndex] as Record<string, unknown>;
    const actor = args[inputIndex + 1] as Actor;
    const request = rpcRequest(definition, args, fields, true, actor);
    const items = await everyPage((page, pageSize) =>
      this.services.request(
        contract as RpcContract<object, Page<unknown>>,
        { ...request, page, pageSize },
        actor,
        {
          timeoutMs: options.timeoutMs,
        },
      ),
    );
    return new StreamableFile(await listWorkbook(title, columns, items), {
      type: XLSX_MEDIA_TYPE,
      disposition: `attachment; filename="${title}.xlsx"`,
    });
  }
  defineHandler(prototype, name, handle);

  const paramTypes = decoratePathParams(prototype, name, pathParams, options);
  Query()(prototype, name, inputIndex);
  CurrentActor()(prototype, name, inputIndex + 1);
  Reflect.defineMetadata('design:paramtypes', [...paramTypes, input, Object], prototype, name);

  const decorators: MethodDecorator[] = [
    Get(`${path ? `${path}/` : ''}export.xlsx`),
    HttpCode(200),
    Header('Cache-Control', 'private, no-store'),
    RequirePermission(contract.permission),
    ApiOperation({
      summary: `${options.summary}: every page as an XLSX workbook`,
      description: `The list's filters and sort, at most ${LIST_EXPORT_ROW_CAP} rows (more: 422, narrow the filters); one column per field of the list's items`,
    }),
    ApiProduces(XLSX_MEDIA_TYPE),
    ApiResponse({
      status: 200,
      description: 'The workbook, as an attachment',
      schema: { type: 'string', format: 'binary' },
    }),
    ...pathParamDocs(definition, pathParams),
    ApiListQuery({ ...(options.list as NonNullable<RouteOptions<object>['list']>), paged: false }),
    ApiProblemResponses(...new Set([...(options.problems ?? []), 422])),
    ThrottleExpensive(),
  ];
  if (options.personalData) decorators.push(ReadsPersonalData());
  applyMethodDecorators(prototype, name, decorators);
}

const pathParamsOf = (path: string): string[] =>
  [...path.matchAll(/:([A-Za-z]\w*)/g)].map((match) => match[1]);

/** The request field a path parameter fills. */
const fieldOf =
  (options: RouteOptions<object>) =>
  (param: string): string =>
    options.params?.[param] ?? param;

/** The RPC request of a route's HTTP arguments (path parameters first, then `fields` from query or body). */
function rpcRequest(
  { path, options }: RouteDefinition,
  args: readonly unknown[],
  fields: Record<string, unknown>,
  inQuery: boolean,
  actor: Actor,
): Record<string, unknown> {
  const pathParams = pathParamsOf(path);
  const params = Object.fromEntries(pathParams.map((param, index) => [param, args[index] as string]));
  if (options.toRequest)
    return {
      ...options.toRequest({ params, query: inQuery ? fields : {}, body: inQuery ? {} : fields, actor }),
    };
  return {
    ...fields,
    ...Object.fromEntries(pathParams.map((param) => [fieldOf(options)(param), params[param]])),
  };
}

function defineHandler(
  prototype: ResourceController,
  name: string,
  handle: (...args: never[]) => unknown,
): void {
  Object.defineProperty(handle, 'name', { value: name });
  Object.defineProperty(prototype, name, {
    value: handle,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  Reflect.defineMetadata('design:returntype', Promise, prototype, name);
}

/** Validates the path parameters (UUIDs unless `textParams`); returns their design types. */
function decoratePathParams(
  prototype: ResourceController,
  name: string,
  pathParams: readonly string[],
  options: RouteOptions<object>,
): unknown[] {
  pathParams.forEach((param, index) =>
    (options.textParams?.includes(param) ? Param(param) : Param(param, ParseUUIDPipe))(
      prototype,
      name,
      index,
    ),
  );
  return pathParams.map(() => String);
}

/** Documents each path parameter as the request class documents the field it fills. */
function pathParamDocs(
  { contract, options }: RouteDefinition,
  pathParams: readonly string[],
): MethodDecorator[] {
  return pathParams.flatMap((param) => {
    const documented = documentedField(contract.request, fieldOf(options)(param));
    const format = options.textParams?.includes(param) ? {} : { format: 'uuid' };
    return documented
      ? [
          ApiParam({
            name: param,
            description: documented.description,
            schema: { type: 'string', ...format, example: documented.example },
          }),
        ]
      : [];
  });
}

function applyMethodDecorators(
  prototype: ResourceController,
  name: string,
  decorators: MethodDecorator[],
): void {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name) as PropertyDescriptor;
  Object.defineProperty(
    prototype,
    name,
    Reflect.decorate(decorators, prototype, name, descriptor) ?? descriptor,
  );
}

/** What the request class's `@ApiProperty` says of a field, to document the path parameter it comes from. */
function documentedField(
  request: Type<object>,
  field: string,
): { description?: string; example?: unknown } | undefined {
  return Reflect.getMetadata('swagger/apiModelProperties', request.prototype, field) as
    { description?: string; example?: unknown } | undefined;
}

function successResponse(contract: RpcContract, status: number, description = 'OK'): MethodDecorator {
  const { response } = contract;
  if (response === null) return ApiResponse({ status, description });
  return ApiResponse({
    status,
    description,
    type: Array.isArray(response) ? [response[0]] : (response as Type<unknown>),
  });
}

/**
 * The contract's request class without the path parameters, named for OpenAPI (`UpdateSchoolRequest` →
 * `UpdateSchool`); none when nothing is left (a route of path parameters only takes no query or body).
 * A versioned route's `expectedVersion` is optional at the edge: `If-Match` may carry it instead.
 */
function inputClass(
  request: Type<object>,
  pathParams: readonly string[],
  schemaName?: string,
  versioned = false,
): Type<object> | undefined {
  const fields = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(request, '', true, false)
      .map((metadata) => metadata.propertyName),
  );
  for (const param of pathParams) fields.delete(param);
  if (fields.size === 0) return undefined;
  const input = versioned
    ? IntersectionType(
        OmitType(request, [...pathParams, 'expectedVersion'] as (keyof object)[]),
        ExpectedVersionBody,
      )
    : OmitType(request, pathParams as (keyof object)[]);
  const name = schemaName ?? request.name.replace(/Request$/, '');
  Object.defineProperty(input, 'name', { value: name });
  ApiSchema({ name })(input);
  return input;
}

import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  UseInterceptors,
  type Type,
} from '@nestjs/common';
import {
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiSchema,
  ApiTags,
  IntersectionType,
  OmitType,
} from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import type { RpcContract } from '@orbita/contracts';
import {
  AuditResource,
  CurrentActor,
  ReadsPersonalData,
  RequirePermission,
  ThrottleExpensive,
} from '@orbita/gateway/auth';
import { ApiListQuery, ApiProblemResponses, ServiceClient } from '@orbita/gateway/feature-http';
import { getMetadataStorage } from 'class-validator';
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
  /** A list route: documents `page`, `pageSize`, `sort` (these fields) and `q` (when `search` says what it searches). */
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
  }
  const classDecorators: ClassDecorator[] = [Controller(definition.path), ApiTags(definition.tag)];
  if (definition.audit) classDecorators.push(AuditResource(definition.audit));
  Reflect.decorate(classDecorators, controller);
  return controller;
}

function addRoute(
  prototype: ResourceController,
  { method, path, name, contract, options }: RouteDefinition,
): void {
  const pathParams = [...path.matchAll(/:([A-Za-z]\w*)/g)].map((match) => match[1]);
  const fieldOf = (param: string): string => options.params?.[param] ?? param;
  const input = inputClass(contract.request, pathParams.map(fieldOf), options.bodySchema, options.versioned);
  const carriesInput = input !== undefined;
  const inQuery = carriesInput && (options.inQuery ?? (method === 'GET' || method === 'DELETE'));
  const inBody = carriesInput && !inQuery;
  // Argument positions: the path parameters, then query or body, If-Match, the actor.
  const inputIndex = pathParams.length;
  const ifMatchIndex = inputIndex + (carriesInput ? 1 : 0);
  const actorIndex = ifMatchIndex + (options.versioned ? 1 : 0);

  async function handle(this: ResourceController, ...args: unknown[]): Promise<unknown> {
    const params = Object.fromEntries(pathParams.map((param, index) => [param, args[index] as string]));
    const fields = (carriesInput ? args[inputIndex] : {}) as Record<string, unknown>;
    const actor = args[actorIndex] as Actor;
    const parts: HttpParts = {
      params,
      query: inQuery ? fields : {},
      body: inBody ? fields : {},
      actor,
    };
    const request: Record<string, unknown> = options.toRequest
      ? { ...options.toRequest(parts) }
      : { ...fields, ...Object.fromEntries(pathParams.map((param) => [fieldOf(param), params[param]])) };
    if (options.versioned) {
      request['expectedVersion'] = expectedVersionOf(
        fields['expectedVersion'] as number | undefined,
        args[ifMatchIndex] as string | undefined,
      );
    }
    return this.services.request(contract, request, actor, { timeoutMs: options.timeoutMs });
  }
  Object.defineProperty(handle, 'name', { value: name });
  Object.defineProperty(prototype, name, {
    value: handle,
    writable: true,
    configurable: true,
    enumerable: false,
  });

  const paramTypes: unknown[] = pathParams.map(() => String);
  pathParams.forEach((param, index) =>
    (options.textParams?.includes(param) ? Param(param) : Param(param, ParseUUIDPipe))(
      prototype,
      name,
      index,
    ),
  );
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
  Reflect.defineMetadata('design:returntype', Promise, prototype, name);

  const descriptor = Object.getOwnPropertyDescriptor(prototype, name) as PropertyDescriptor;
  const status = options.status ?? (contract.response === null ? 204 : method === 'POST' ? 201 : 200);
  const decorators: MethodDecorator[] = [
    METHOD_DECORATORS[method](path),
    HttpCode(status),
    RequirePermission(contract.permission),
    ApiOperation({ summary: options.summary, ...(options.details && { description: options.details }) }),
    successResponse(contract, status, options.description),
  ];
  for (const param of pathParams) {
    const documented = documentedField(contract.request, fieldOf(param));
    const format = options.textParams?.includes(param) ? {} : { format: 'uuid' };
    if (documented)
      decorators.push(
        ApiParam({
          name: param,
          description: documented.description,
          schema: { type: 'string', ...format, example: documented.example },
        }),
      );
  }
  if (options.list) decorators.push(ApiListQuery(options.list));
  if (options.versioned) decorators.push(ApiVersionedUpdate());
  if (options.problems?.length) decorators.push(ApiProblemResponses(...options.problems));
  if (options.etag) decorators.push(UseInterceptors(VersionEtagInterceptor));
  if (options.personalData) decorators.push(ReadsPersonalData());
  if (options.expensive) decorators.push(ThrottleExpensive());
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

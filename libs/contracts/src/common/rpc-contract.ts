import type { Permission } from '@orbita/auth';
import type { PayloadClass } from '../event-contract';

/**
 * Who a request/reply operation is for, beyond its permission:
 * - `school`: records belong to schools; a school-scoped caller is confined to its own school (the
 *   handler gets its scope and filters by it; another school's record answers 404);
 * - `region`: region-wide callers only; a school-scoped caller gets 403 `AUTH.REGION_LEVEL_ONLY`;
 * - `open`: the same answer for every holder of the permission (the region's reference data, the
 *   caller's own feed).
 */
export const RPC_SCOPES = ['school', 'region', 'open'] as const;
export type RpcScope = (typeof RPC_SCOPES)[number];

type ClassOf<T> = abstract new (...args: never[]) => T;

/** What a reply is: a class (its OpenAPI schema), a list of one (`[SchoolView]`), or nothing (`null`, 204). */
export type ResponseShape = ClassOf<object> | readonly [ClassOf<object>] | null;

/** The TypeScript type of a reply of that shape. */
export type ReplyOf<S> = S extends readonly [ClassOf<infer Item>]
  ? Item[]
  : S extends ClassOf<infer Reply>
    ? Reply
    : void;

/**
 * One request/reply operation, declared once for the service that answers it and for the gateway that
 * calls it: the subject, the request class (its class-validator and OpenAPI decorators are the schema on
 * both sides), the reply's class, the permission the caller must hold and the school scope.
 */
export interface RpcContract<Req extends object = object, Res = unknown> {
  /** `<service>.<verb>.<noun>`: three tokens, so it never collides with an event subject. */
  readonly subject: string;
  readonly request: PayloadClass<Req>;
  readonly response: ResponseShape;
  readonly permission: Permission;
  readonly scope: RpcScope;
  /**
   * Services (their bus users) that may call this operation as themselves, without a signed actor: the
   * bus lets only them (and the gateway) publish on its subject, and the service answers them as
   * `SERVICE_CALLER_ACTOR`. The gateway never exposes such an operation over HTTP.
   */
  readonly callers?: readonly string[];
  /** Phantom: carries the reply type to `ServiceClient.request(contract, …)`. */
  readonly replyType?: Res;
}

export const RPC_SUBJECT_PATTERN = /^[a-z]+\.[a-z][a-z-]*\.[a-z][a-z-]*$/;

export interface RpcDefinition<Req extends object, S extends ResponseShape> {
  subject: string;
  request: PayloadClass<Req>;
  response: S;
  permission: Permission;
  scope: RpcScope;
  callers?: readonly string[];
}

export function defineRpc<Req extends object, S extends ResponseShape>(
  definition: RpcDefinition<Req, S>,
): RpcContract<Req, ReplyOf<S>> {
  if (!RPC_SUBJECT_PATTERN.test(definition.subject)) {
    throw new Error(`Request subject "${definition.subject}" does not read <service>.<verb>.<noun>`);
  }
  return Object.freeze({ ...definition });
}

/** The request type of a contract. */
export type RequestOf<C> = C extends RpcContract<infer Req, unknown> ? Req : never;
/** The reply type of a contract. */
export type ResponseOf<C> = C extends RpcContract<object, infer Res> ? Res : never;

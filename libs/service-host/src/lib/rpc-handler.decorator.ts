import { SetMetadata } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { PayloadClass, RpcContract } from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { authorize } from './rpc-access';

export const RPC_HANDLER = 'orbita:rpc-handler';

/** What the service host needs to answer a subject: its request class and how to call the method. */
export interface RpcHandlerMetadata {
  subject: string;
  requestType: PayloadClass<object>;
  /** Services that may ask as themselves, without a signed actor (the contract's `callers`). */
  callers: readonly string[];
  /** Turns the bound method into the server's `(request, context)` handler. */
  adapt: (method: (...args: never[]) => unknown) => (request: object, context: RpcContext) => Promise<unknown>;
}

/**
 * A method that answers `contract`: `(request, actor, scope, context)` → the reply; `context.caller` names
 * the service that asked as itself, for a contract with `callers`.
 */
export type RpcHandlerMethod<C> =
  C extends RpcContract<infer Req, infer Res>
    ? (request: Req, actor: Actor, scope: SchoolScope, context: RpcContext) => Res | Promise<Res>
    : never;

/**
 * Marks a provider method as the answer to a request/reply contract. Before the method runs, the
 * request is validated against the contract's request class, the caller's permission and the
 * contract's scope are checked (see `authorize`); the method gets `(request, actor, scope, context)` and
 * returns the reply, or throws a CodedException. A request on a contract with `callers` that carries no
 * actor comes from one of those services (the bus allows no other) and runs as `SERVICE_CALLER_ACTOR`.
 *
 * ```ts
 * @RpcHandler(REGISTRY_RPC.listSchools)
 * listSchools(query: ListSchoolsQuery, actor: Actor, scope: SchoolScope) { … }
 * ```
 */
export function RpcHandler<C extends RpcContract<object, unknown>>(
  contract: C,
): <M extends RpcHandlerMethod<C>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>) => void {
  return SetMetadata(RPC_HANDLER, {
    subject: contract.subject,
    requestType: contract.request,
    callers: contract.callers ?? [],
    adapt: (method) => async (request, context) => {
      const scope = authorize(contract, context.actor);
      return (method as (r: object, a: Actor, s: SchoolScope, c: RpcContext) => unknown)(request, context.actor, scope, context);
    },
  } satisfies RpcHandlerMetadata);
}

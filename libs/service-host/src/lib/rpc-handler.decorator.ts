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
  /** Turns the bound method into the server's `(request, context)` handler. */
  adapt: (method: (...args: never[]) => unknown) => (request: object, context: RpcContext) => Promise<unknown>;
}

/** A method that answers `contract`: `(request, actor, scope)` → the reply. */
export type RpcHandlerMethod<C> =
  C extends RpcContract<infer Req, infer Res>
    ? (request: Req, actor: Actor, scope: SchoolScope) => Res | Promise<Res>
    : never;

/**
 * Marks a provider method as the answer to a request/reply contract. Before the method runs, the
 * request is validated against the contract's request class, the caller's permission and the
 * contract's scope are checked (see `authorize`); the method gets `(request, actor, scope)` and returns
 * the reply, or throws a CodedException.
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
    adapt: (method) => async (request, context) => {
      const scope = authorize(contract, context.actor);
      return (method as (r: object, a: Actor, s: SchoolScope) => unknown)(request, context.actor, scope);
    },
  } satisfies RpcHandlerMetadata);
}

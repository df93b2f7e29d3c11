import { SetMetadata } from '@nestjs/common';
import type { PayloadClass } from '@orbita/contracts';

export const RPC_HANDLER = 'orbita:rpc-handler';

export interface RpcHandlerMetadata {
  subject: string;
  requestType: PayloadClass<object>;
}

/**
 * Marks a provider method as the answer to a request/reply subject (`registry.list.schools`). The
 * request is validated against `requestType` before the method runs; the method gets
 * `(request, context: RpcContext)` and returns the reply, or throws a CodedException.
 *
 * ```ts
 * @RpcHandler(REGISTRY_RPC.listSchools, ListSchoolsQuery)
 * list(query: ListSchoolsQuery, context: RpcContext) { … }
 * ```
 */
export const RpcHandler = <T extends object>(subject: string, requestType: PayloadClass<T>) =>
  SetMetadata(RPC_HANDLER, { subject, requestType } satisfies RpcHandlerMetadata);

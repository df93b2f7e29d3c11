import type { RpcContext } from '@orbita/messaging';

/**
 * The person whose feed and preferences a request is about: the actor's (`personId`, set by the gateway
 * from the account), never one named in the request. `undefined` for an account not linked to a person.
 */
export const personOf = (context: RpcContext): string | undefined => context.actor.personId ?? undefined;

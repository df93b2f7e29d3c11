import type { Actor } from '@orbita/auth';

/**
 * The person whose feed and preferences a request is about: the actor's (`personId`, set by the gateway
 * from the account), never one named in the request. `undefined` for an account not linked to a person.
 */
export const personOf = (actor: Actor): string | undefined => actor.personId ?? undefined;

import { SetMetadata } from '@nestjs/common';
import type { EventContract } from '@orbita/contracts';
import type { EventConsumerOptions, EventContext } from '@orbita/messaging';

export const EVENT_HANDLER = 'orbita:event-handler';

/**
 * The durable consumer an `@OnEvent` method belongs to, and how it consumes. Methods naming the same
 * `durable` share one JetStream consumer (and one inbox name); their options must agree.
 */
export interface OnEventOptions extends Partial<
  Pick<
    EventConsumerOptions,
    'concurrency' | 'batchSize' | 'ackWaitMs' | 'maxDeliver' | 'backoffMs' | 'deliverFrom'
  >
> {
  /** The consumer's purpose: JetStream knows it as `<service>_<durable>` (declared in tools/scripts/nats-config.ts). */
  durable: string;
}

export interface EventHandlerMetadata {
  contract: EventContract<object>;
  options: OnEventOptions;
}

/** A method that applies `T`: inside the consumer's transaction, with its inbox row (exactly once). */
export type EventHandlerMethod<T> = (payload: T, context: EventContext) => Promise<void>;

/**
 * Marks a provider method as the handler of an event for a durable consumer. The service host starts
 * the consumer once NATS is connected and stops it before the connection drains; each event's payload is
 * validated against the contract's class (a broken one is dead-lettered) and applied exactly once.
 *
 * ```ts
 * @OnEvent(SCHOOL_REGISTERED_V1, { durable: 'directory' })
 * async schoolRegistered(school: SchoolRegisteredV1, { manager }: EventContext) { … }
 * ```
 */
export function OnEvent<T extends object>(
  contract: EventContract<T>,
  options: OnEventOptions,
): <M extends EventHandlerMethod<T>>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<M>,
) => void {
  return SetMetadata(EVENT_HANDLER, { contract, options } satisfies EventHandlerMetadata);
}

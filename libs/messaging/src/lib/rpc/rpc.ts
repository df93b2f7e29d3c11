import { randomUUID } from 'node:crypto';
import { errors, headers as natsHeaders, Msg, MsgHdrs, NatsConnection, Subscription } from '@nats-io/transport-node';
import { Actor } from '@orbita/auth';
import { PayloadClass, RpcContract } from '@orbita/contracts';
import {
  CodedError,
  CodedException,
  CommonErrorCode,
  currentCorrelationId,
  isCodedError,
  runWithCorrelationId,
  toCodedError,
  ValidationFailedException,
} from '@orbita/observability';
import { HEADER } from '../event-metadata';
import { defaultLogger, Logger } from '../logger';
import { MessagingNames } from '../naming';
import { parsePayload } from '../validation';
import {
  ActorSigner,
  ActorVerifier,
  InvalidActorTokenError,
  SERVICE_CALLER_ACTOR,
  SYSTEM_ACTOR,
} from './actor-token';

export interface RpcContext {
  correlationId: string;
  /**
   * Who asked, as the gateway authenticated them (or `SYSTEM_ACTOR` for the platform's own calls), from a
   * signed token the server verified; `SERVICE_CALLER_ACTOR` for a service asking as itself. Handlers of
   * school-scoped data filter by `schoolScopeOf(actor)` again.
   */
  actor: Actor;
  /** The service that asked as itself (one of the operation's `callers`); absent when a user's actor came. */
  caller?: string;
}

/** How a subject is answered beyond its handler. */
export interface RpcHandleOptions {
  /**
   * Services that may ask without a signed actor (the contract's `callers`): the bus lets only them publish
   * on the subject, and their requests run as `SERVICE_CALLER_ACTOR`. None: every request needs an actor.
   */
  callers?: readonly string[];
}

/** The reply on the wire: exactly one of `data` and `error`. */
export type RpcReply<T> = { data: T; error?: undefined } | { data?: undefined; error: CodedError };

const encode = (value: unknown) => JSON.stringify(value);

/**
 * Answers `<service>.<verb>.<noun>` requests from the gateway. Replicas share the load through a queue
 * group; a request runs only with a valid signed actor (`actors` holds the gateway's public key; none →
 * 401 `AUTH.UNAUTHENTICATED`) — or, on a subject with `callers`, without one from a listed service, as
 * `SERVICE_CALLER_ACTOR` — and is validated before the handler runs; a `CodedException` thrown by the
 * handler goes back with its code and status, anything else as `INTERNAL`.
 */
export class RpcServer {
  private readonly subscriptions: Subscription[] = [];
  private readonly logger: Logger;
  private readonly names: MessagingNames;
  private readonly actors: ActorVerifier;

  constructor(
    private readonly nats: NatsConnection,
    private readonly service: string,
    options: { names?: MessagingNames; logger?: Logger; actors: ActorVerifier },
  ) {
    this.names = options.names ?? new MessagingNames();
    this.logger = (options.logger ?? defaultLogger('rpc-server')).child({ service });
    this.actors = options.actors;
  }

  handle<Req extends object, Res>(
    subject: string,
    requestType: PayloadClass<Req>,
    handler: (request: Req, context: RpcContext) => Promise<Res>,
    options: RpcHandleOptions = {},
  ): void {
    const callers = options.callers ?? [];
    const subscription = this.nats.subscribe(this.names.subject(subject), {
      queue: this.service,
      callback: (error, message) => {
        if (error) return this.logger.error({ err: error, subject }, 'subscription failed');
        void this.answer(message, subject, requestType, handler, callers);
      },
    });
    this.subscriptions.push(subscription);
  }

  async close(): Promise<void> {
    await Promise.all(this.subscriptions.map((subscription) => subscription.drain()));
  }

  private async answer<Req extends object, Res>(
    message: Msg,
    subject: string,
    requestType: PayloadClass<Req>,
    handler: (request: Req, context: RpcContext) => Promise<Res>,
    callers: readonly string[],
  ): Promise<void> {
    const correlationId = message.headers?.get(HEADER.correlationId) || randomUUID();
    message.respond(encode(await this.reply(message, subject, requestType, handler, callers, correlationId)));
  }

  private async reply<Req extends object, Res>(
    message: Msg,
    subject: string,
    requestType: PayloadClass<Req>,
    handler: (request: Req, context: RpcContext) => Promise<Res>,
    callers: readonly string[],
    correlationId: string,
  ): Promise<RpcReply<Res>> {
    let asker: Pick<RpcContext, 'actor' | 'caller'>;
    try {
      asker = await this.identify(message, callers);
    } catch (error) {
      if (!(error instanceof InvalidActorTokenError)) throw error;
      this.logger.warn({ subject, correlationId, reason: error.message }, 'request refused: no valid signed actor');
      return { error: { code: CommonErrorCode.UNAUTHENTICATED, status: 401, message: 'The request carries no valid signed actor' } };
    }
    const parsed = parsePayload(requestType, message.data);
    if (!parsed.ok) return { error: new ValidationFailedException(parsed.problems).toJSON() };
    try {
      const context: RpcContext = { correlationId, ...asker };
      return { data: await runWithCorrelationId(correlationId, () => handler(parsed.value, context)) };
    } catch (error) {
      if (isCodedError(error)) return { error: toCodedError(error) };
      this.logger.error({ err: error, subject, correlationId }, 'request handler failed');
      return { error: { code: CommonErrorCode.INTERNAL, status: 500, message: 'Internal error' } };
    }
  }

  /**
   * Who asks: the signed actor, verified; with none, a service among `callers` naming itself (the bus let
   * it publish here). Throws {@link InvalidActorTokenError} otherwise.
   */
  private async identify(message: Msg, callers: readonly string[]): Promise<Pick<RpcContext, 'actor' | 'caller'>> {
    const token = message.headers?.get(HEADER.actor) || undefined;
    const caller = message.headers?.get(HEADER.caller) || undefined;
    if (!token && caller !== undefined) {
      if (!callers.includes(caller))
        throw new InvalidActorTokenError(`the request carries no actor and ${caller} is not a caller of this subject`);
      return { actor: SERVICE_CALLER_ACTOR, caller };
    }
    return { actor: await this.actors.verify(token, message.subject) };
  }
}

/**
 * Sends requests to services and turns coded error replies back into `CodedException`s. The actor of a
 * request travels signed by `actors` for that one subject; a request without one is refused by the service.
 */
export class RpcClient {
  private readonly names: MessagingNames;
  private readonly timeoutMs: number;
  private readonly actors: ActorSigner;

  constructor(
    private readonly nats: NatsConnection,
    options: { names?: MessagingNames; timeoutMs?: number; actors: ActorSigner },
  ) {
    this.names = options.names ?? new MessagingNames();
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.actors = options.actors;
  }

  /**
   * Sends `body` to the contract's service and answers its reply, typed by the contract.
   * `options.timeoutMs` overrides the client's timeout for requests known to take long (file intake).
   */
  request<Req extends object, Res>(
    contract: RpcContract<Req, Res>,
    body: Req,
    context?: Partial<RpcContext>,
    options?: { timeoutMs?: number },
  ): Promise<Res>;
  /** The transport's own form, by subject (`RpcServer.handle` answers subjects): services use contracts. */
  request<Res>(subject: string, body: object, context?: Partial<RpcContext>, options?: { timeoutMs?: number }): Promise<Res>;
  async request<Res>(
    contractOrSubject: RpcContract | string,
    body: object,
    context: Partial<RpcContext> = {},
    options: { timeoutMs?: number } = {},
  ): Promise<Res> {
    const subject = typeof contractOrSubject === 'string' ? contractOrSubject : contractOrSubject.subject;
    const wireSubject = this.names.subject(subject);
    const headers = natsHeaders();
    headers.set(HEADER.correlationId, context.correlationId ?? randomUUID());
    const actor = this.signedActor(context);
    if (actor) headers.set(HEADER.actor, await this.actors.sign(actor, wireSubject));
    return sendRequest<Res>(this.nats, subject, wireSubject, body, headers, options.timeoutMs ?? this.timeoutMs);
  }

  /** Who the request travels as: the context's actor (none: the service refuses it). */
  protected signedActor(context: Partial<RpcContext>): Actor | undefined {
    return context.actor;
  }
}

/**
 * The platform's own calls (seeds, demo accounts): a request naming no actor is signed as
 * {@link SYSTEM_ACTOR}. Only holders of the signing key can make one.
 */
export class SystemRpcClient extends RpcClient {
  protected override signedActor(context: Partial<RpcContext>): Actor | undefined {
    return context.actor ?? SYSTEM_ACTOR;
  }
}

/**
 * A service's own calls to another service (no user behind them: after a sync run, on a schedule): only
 * operations whose contract lists this service among its `callers`, which the bus lets it publish and the
 * answering service serves as `SERVICE_CALLER_ACTOR`. No actor travels, so no signing key is needed.
 */
export class ServiceCallClient {
  private readonly names: MessagingNames;
  private readonly timeoutMs: number;
  private readonly service: string;

  /** `connection`: the service's NATS connection, `undefined` while it is not open yet. */
  constructor(
    private readonly connection: () => NatsConnection | undefined,
    options: { service: string; names?: MessagingNames; timeoutMs?: number },
  ) {
    this.service = options.service;
    this.names = options.names ?? new MessagingNames();
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  /**
   * Sends `body` to the contract's service as this service and answers its reply, typed by the contract.
   * A contract that does not list this service is a programming error: refused before anything is sent.
   */
  async request<Req extends object, Res>(
    contract: RpcContract<Req, Res>,
    body: Req,
    options: { timeoutMs?: number } = {},
  ): Promise<Res> {
    if (!contract.callers?.includes(this.service))
      throw new Error(`${contract.subject} does not list ${this.service} among its callers`);
    const nats = this.connection();
    if (!nats) throw new CodedException(CommonErrorCode.SERVICE_UNAVAILABLE, 503, 'The message bus is not connected yet');
    const headers = natsHeaders();
    headers.set(HEADER.correlationId, currentCorrelationId() ?? randomUUID());
    headers.set(HEADER.caller, this.service);
    const wireSubject = this.names.subject(contract.subject);
    return sendRequest<Res>(nats, contract.subject, wireSubject, body, headers, options.timeoutMs ?? this.timeoutMs);
  }
}

/** One request on the wire; the reply's data, or its coded error (and the transport's failures) thrown as a `CodedException`. */
async function sendRequest<Res>(
  nats: NatsConnection,
  subject: string,
  wireSubject: string,
  body: object,
  headers: MsgHdrs,
  timeoutMs: number,
): Promise<Res> {
  let message: Msg;
  try {
    message = await nats.request(wireSubject, encode(body), { timeout: timeoutMs, headers });
  } catch (error) {
    if (causedBy(error, errors.NoRespondersError)) {
      throw new CodedException(CommonErrorCode.SERVICE_UNAVAILABLE, 503, `No service answers ${subject}`);
    }
    if (causedBy(error, errors.TimeoutError)) {
      throw new CodedException(CommonErrorCode.TIMEOUT, 504, `${subject} did not answer in ${timeoutMs} ms`);
    }
    throw error;
  }
  const reply = message.json<RpcReply<Res>>();
  if (reply.error) {
    const { code, status, message: text, errors: fieldErrors, extensions } = reply.error;
    throw new CodedException(code, status, text, fieldErrors, { extensions });
  }
  return reply.data as Res;
}

function causedBy(error: unknown, type: abstract new (...args: never[]) => Error): boolean {
  return error instanceof type || (error as Error | undefined)?.cause instanceof type;
}

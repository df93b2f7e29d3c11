import { randomUUID } from 'node:crypto';
import { errors, headers as natsHeaders, Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { PayloadClass } from '@orbita/contracts';
import { HEADER } from '../event-metadata';
import { defaultLogger, Logger } from '../logger';
import { MessagingNames } from '../naming';
import { parsePayload } from '../validation';
import { RpcError, RpcErrorCode, RpcReply } from './rpc-error';

export interface RpcContext {
  correlationId: string;
}

const encode = (value: unknown) => JSON.stringify(value);

/**
 * Answers `<service>.<verb>.<noun>` requests from the gateway. Replicas share the load through a queue
 * group; requests are validated before the handler runs; failures reply with a coded error.
 */
export class RpcServer {
  private readonly subscriptions: Subscription[] = [];
  private readonly logger: Logger;
  private readonly names: MessagingNames;

  constructor(
    private readonly nats: NatsConnection,
    private readonly service: string,
    options: { names?: MessagingNames; logger?: Logger } = {},
  ) {
    this.names = options.names ?? new MessagingNames();
    this.logger = (options.logger ?? defaultLogger('rpc-server')).child({ service });
  }

  handle<Req extends object, Res>(
    subject: string,
    requestType: PayloadClass<Req>,
    handler: (request: Req, context: RpcContext) => Promise<Res>,
  ): void {
    const subscription = this.nats.subscribe(this.names.subject(subject), {
      queue: this.service,
      callback: (error, message) => {
        if (error) return this.logger.error({ err: error, subject }, 'subscription failed');
        void this.answer(message, subject, requestType, handler);
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
  ): Promise<void> {
    const correlationId = message.headers?.get(HEADER.correlationId) || randomUUID();
    let reply: RpcReply<Res>;
    const parsed = await parsePayload(requestType, message.data);
    if (!parsed.ok) {
      reply = {
        error: new RpcError(RpcErrorCode.validationFailed, 400, 'The request is invalid', parsed.problems).toJSON(),
      };
    } else {
      try {
        reply = { data: await handler(parsed.value, { correlationId }) };
      } catch (error) {
        if (error instanceof RpcError) {
          reply = { error: error.toJSON() };
        } else {
          this.logger.error({ err: error, subject, correlationId }, 'request handler failed');
          reply = { error: new RpcError(RpcErrorCode.internal, 500, 'Internal error').toJSON() };
        }
      }
    }
    message.respond(encode(reply));
  }
}

/** Sends requests to services and turns coded error replies back into `RpcError`s. */
export class RpcClient {
  private readonly names: MessagingNames;

  constructor(
    private readonly nats: NatsConnection,
    options: { names?: MessagingNames; timeoutMs?: number } = {},
  ) {
    this.names = options.names ?? new MessagingNames();
    this.timeoutMs = options.timeoutMs ?? 5_000;
  }

  private readonly timeoutMs: number;

  async request<Res>(subject: string, body: object, context: Partial<RpcContext> = {}): Promise<Res> {
    const headers = natsHeaders();
    headers.set(HEADER.correlationId, context.correlationId ?? randomUUID());
    let message: Msg;
    try {
      message = await this.nats.request(this.names.subject(subject), encode(body), {
        timeout: this.timeoutMs,
        headers,
      });
    } catch (error) {
      if (error instanceof errors.NoRespondersError || (error as Error).cause instanceof errors.NoRespondersError) {
        throw new RpcError(RpcErrorCode.unavailable, 503, `No service answers ${subject}`);
      }
      if (error instanceof errors.TimeoutError || (error as Error).cause instanceof errors.TimeoutError) {
        throw new RpcError(RpcErrorCode.timeout, 504, `${subject} did not answer in ${this.timeoutMs} ms`);
      }
      throw error;
    }
    const reply = message.json<RpcReply<Res>>();
    if (reply.error) {
      throw new RpcError(reply.error.code, reply.error.status, reply.error.message, reply.error.details);
    }
    return reply.data as Res;
  }
}

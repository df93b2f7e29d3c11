import { connect, NatsConnection } from '@nats-io/transport-node';
import { inboxPrefixOf } from './bus-authorization';

export interface NatsConnectionOptions {
  url: string;
  /** Shown in the server's connection list: `orbita-<service>`. */
  name: string;
  /** The process's NATS user and password (docs/security.md, "The bus"); none for a server without authorization. */
  user?: string;
  password?: string;
  /** Ends the endless reconnecting, e.g. when the application shuts down during a first connect. */
  isStopping?: () => boolean;
}

/**
 * A connection that never gives up: while NATS is away the outbox keeps events and consumers wait,
 * and both carry on by themselves when it is back.
 */
export function connectNats(options: NatsConnectionOptions): Promise<NatsConnection> {
  return connect({
    servers: options.url.split(','),
    name: options.name,
    user: options.user,
    pass: options.password,
    inboxPrefix: inboxPrefixOf(options.user),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    waitOnFirstConnect: true,
    pingInterval: 10_000,
    reconnectToServer: () => {
      if (options.isStopping?.()) throw new Error('the application is shutting down');
      return null;
    },
  });
}

/** The inbox prefix the connection was opened with (the client keeps it in its options, as its own JetStream code reads it). */
export function inboxPrefixOfConnection(nc: NatsConnection): string | undefined {
  return (nc as NatsConnection & { options?: { inboxPrefix?: string } }).options?.inboxPrefix;
}

import {
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { type NatsConnection } from '@nats-io/transport-node';
import { connectNats, type NatsConnectionOptions } from '../nats/nats-connection';

const NATS_CONNECTION_OPTIONS = Symbol('NATS_CONNECTION_OPTIONS');

/**
 * A Nest app's NATS connection. It is opened in the background once the application has
 * started: the gateway answers `/health/live` at once and `/health/ready` turns 200 when NATS is
 * there. The client retries forever (first connect included) and the connection is drained on
 * shutdown.
 */
@Injectable()
export class NatsConnectionHolder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NatsConnectionHolder.name);
  private nc: NatsConnection | undefined;
  private connecting: Promise<void> | undefined;
  private stopping = false;
  private readonly connectedListeners: ((nc: NatsConnection) => void | Promise<void>)[] = [];

  constructor(@Inject(NATS_CONNECTION_OPTIONS) private readonly options: NatsConnectionOptions) {}

  /** The open connection, `undefined` until the first connect succeeds. */
  get connection(): NatsConnection | undefined {
    return this.nc;
  }

  /**
   * Runs `listener` once the connection is open (at once when it already is): RPC subscriptions, the
   * outbox relay and consumers start this way, so the app starts without waiting for NATS.
   */
  onConnected(listener: (nc: NatsConnection) => void | Promise<void>): void {
    if (this.nc) void this.notify(listener, this.nc);
    else this.connectedListeners.push(listener);
  }

  onApplicationBootstrap(): void {
    this.connecting ??= this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    // A first connect still under way gives up at its next attempt.
    await this.connecting;
    const nc = this.nc;
    if (nc && !nc.isClosed()) {
      await nc.drain();
      this.logger.log('NATS connection drained');
    }
  }

  private async connect(): Promise<void> {
    try {
      const nc = await connectNats({ ...this.options, isStopping: () => this.stopping });
      if (this.stopping) {
        await nc.close();
        return;
      }
      this.nc = nc;
      this.logger.log(`Connected to NATS at ${nc.getServer()}`);
      for (const listener of this.connectedListeners.splice(0)) await this.notify(listener, nc);
      void this.logStatus(nc);
    } catch (error) {
      if (!this.stopping) this.logger.error(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private async notify(listener: (nc: NatsConnection) => void | Promise<void>, nc: NatsConnection): Promise<void> {
    try {
      await listener(nc);
    } catch (error) {
      this.logger.error(error instanceof Error ? error : new Error(String(error)));
    }
  }

  private async logStatus(nc: NatsConnection): Promise<void> {
    for await (const status of nc.status()) {
      if (status.type === 'disconnect' || status.type === 'error') {
        this.logger.warn(`NATS ${status.type}`);
      } else if (status.type === 'reconnect') {
        this.logger.log('NATS reconnected');
      }
    }
  }
}

@Module({})
export class NatsConnectionModule {
  static forRoot(options: NatsConnectionOptions): DynamicModule {
    return {
      module: NatsConnectionModule,
      providers: [{ provide: NATS_CONNECTION_OPTIONS, useValue: options }, NatsConnectionHolder],
      exports: [NatsConnectionHolder],
    };
  }
}

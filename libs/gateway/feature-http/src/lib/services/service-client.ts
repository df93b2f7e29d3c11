import { Global, Injectable, Module, type DynamicModule } from '@nestjs/common';
import type { Actor } from '@orbita/auth';
import { MessagingNames, NatsConnectionHolder, RpcClient } from '@orbita/messaging';
import { GatewayConfig } from '../config/gateway-config';
import { CodedException, CommonErrorCode, currentCorrelationId } from '@orbita/observability';

/**
 * How gateway resources reach the services: NATS request/reply with the request's correlation id and
 * the authenticated actor in the metadata (services re-check the school scope from it).
 */
@Injectable()
export class ServiceClient {
  private client: RpcClient | undefined;

  constructor(
    private readonly nats: NatsConnectionHolder,
    private readonly config: GatewayConfig,
  ) {}

  async request<T>(subject: string, body: object, actor?: Actor): Promise<T> {
    return this.rpc().request<T>(subject, body, { correlationId: currentCorrelationId(), actor });
  }

  private rpc(): RpcClient {
    const connection = this.nats.connection;
    if (!connection) throw new CodedException(CommonErrorCode.SERVICE_UNAVAILABLE, 503, 'The message bus is not connected yet');
    this.client ??= new RpcClient(connection, { names: new MessagingNames(this.config.NATS_SUBJECT_PREFIX) });
    return this.client;
  }
}

/** Makes {@link ServiceClient} available to every resource module of the gateway. */
@Global()
@Module({})
export class ServiceClientModule {
  /** `nats`: the gateway's NatsConnectionModule, which provides the connection. */
  static register(nats: DynamicModule, config: GatewayConfig): DynamicModule {
    return {
      module: ServiceClientModule,
      imports: [nats],
      providers: [ServiceClient, { provide: GatewayConfig, useValue: config }],
      exports: [ServiceClient],
    };
  }
}

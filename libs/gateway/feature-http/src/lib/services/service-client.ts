import { Global, Injectable, Module, type DynamicModule } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Actor } from '@orbita/auth';
import type { RpcContract } from '@orbita/contracts';
import { ActorSigner, MessagingNames, NatsConnectionHolder, RpcClient, TransferBucket } from '@orbita/messaging';
import { GatewayConfig } from '../config/gateway-config';
import { CodedException, CommonErrorCode, currentCorrelationId } from '@orbita/observability';

/**
 * How gateway resources reach the services: NATS request/reply with the request's correlation id and
 * the authenticated actor, signed with `ACTOR_SIGNING_KEY`, in the metadata (services verify it and
 * re-check the school scope from it; a request without one is refused).
 */
@Injectable()
export class ServiceClient {
  private client: RpcClient | undefined;
  /** Made at start, so that a gateway with an unusable key refuses to start. */
  private readonly actors: ActorSigner;

  constructor(
    private readonly nats: NatsConnectionHolder,
    private readonly config: GatewayConfig,
  ) {
    this.actors = ActorSigner.fromKey(config.ACTOR_SIGNING_KEY);
  }

  /**
   * The contract's operation as `actor`, typed by the contract.
   * `options.timeoutMs`: for requests known to take long (a large file's intake); 5 s otherwise.
   */
  request<Req extends object, Res>(
    contract: RpcContract<Req, Res>,
    body: Req,
    actor: Actor,
    options: { timeoutMs?: number } = {},
  ): Promise<Res> {
    return this.rpc().request(contract, body, { correlationId: currentCorrelationId(), actor }, options);
  }

  /** Where files too big for a request travel to and from `service` (uploads, downloads): see TransferBucket. */
  async transfers(service: string): Promise<TransferBucket> {
    return TransferBucket.open(this.connection(), this.names(), service);
  }

  private rpc(): RpcClient {
    this.client ??= new RpcClient(this.connection(), { names: this.names(), actors: this.actors });
    return this.client;
  }

  private connection(): NatsConnection {
    const connection = this.nats.connection;
    if (!connection) throw new CodedException(CommonErrorCode.SERVICE_UNAVAILABLE, 503, 'The message bus is not connected yet');
    return connection;
  }

  private names(): MessagingNames {
    return new MessagingNames(this.config.NATS_SUBJECT_PREFIX);
  }
}

/** Makes {@link ServiceClient} and the gateway's settings available to every resource module of the gateway. */
@Global()
@Module({})
export class ServiceClientModule {
  /** `nats`: the gateway's NatsConnectionModule, which provides the connection. */
  static register(nats: DynamicModule, config: GatewayConfig): DynamicModule {
    return {
      module: ServiceClientModule,
      imports: [nats],
      providers: [ServiceClient, { provide: GatewayConfig, useValue: config }],
      exports: [ServiceClient, GatewayConfig],
    };
  }
}

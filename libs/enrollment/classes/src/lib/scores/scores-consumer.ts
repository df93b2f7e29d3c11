import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EventConsumer, MessagingNames, NatsConnectionHolder } from '@orbita/messaging';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Directory } from '../directory/directory';
import { ScoresProjection } from './scores-projection';

/**
 * The durable consumer `enrollment_scores` of assessments' events (works, codes, scores) and the
 * registry's (schools and people for the directory), started once NATS is connected.
 */
@Injectable()
export class ScoresConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ScoresConsumer.name);
  private consumer?: EventConsumer;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MessagingNames) private readonly names: MessagingNames,
    @Inject(NatsConnectionHolder) private readonly nats: NatsConnectionHolder,
    @Inject(ScoresProjection) private readonly projection: ScoresProjection,
    @Inject(Directory) private readonly directory: Directory,
  ) {}

  onApplicationBootstrap(): void {
    this.nats.onConnected(async (nc) => {
      this.consumer = new EventConsumer({
        service: 'enrollment',
        purpose: 'scores',
        handlers: [...this.projection.handlers, ...this.directory.handlers],
        dataSource: this.dataSource,
        nats: nc,
        names: this.names,
        logger: PinoLogger.root.child({ service: 'enrollment' }),
      });
      await this.consumer.start();
      this.logger.log(`Consuming as ${this.consumer.name}`);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}

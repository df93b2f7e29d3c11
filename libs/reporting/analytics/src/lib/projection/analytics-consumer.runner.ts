import { Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { MessagingNames, NatsConnectionHolder, type EventConsumer } from '@orbita/messaging';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { createAnalyticsConsumer, REPORTING_SERVICE_NAME } from './analytics-consumer';

/** Runs the analytics consumer while the service runs: started once NATS is there, stopped before it drains. */
@Injectable()
export class AnalyticsConsumerRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer: EventConsumer | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly names: MessagingNames,
    private readonly nats: NatsConnectionHolder,
  ) {}

  onApplicationBootstrap(): void {
    this.nats.onConnected(async (nc) => {
      this.consumer = createAnalyticsConsumer({
        dataSource: this.dataSource,
        nats: nc,
        names: this.names,
        logger: PinoLogger.root.child({ service: REPORTING_SERVICE_NAME }),
      });
      await this.consumer.start();
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer?.stop();
  }
}

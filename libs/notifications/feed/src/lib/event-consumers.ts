import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { EventConsumer, MessagingNames, NatsConnectionHolder, type EventHandler } from '@orbita/messaging';
import { PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { Alerts } from './alerts/alerts.service';
import { Directory } from './directory/directory.service';

export const NOTIFICATIONS_SERVICE_NAME = 'notifications';

/**
 * The service's two durable consumers, started once NATS is connected and stopped before it drains:
 * `notifications_directory` keeps the read model of people, schools, participation and works;
 * `notifications_alerts` turns assessments, reporting and roadmap events into notifications. Apart, so
 * that a burst of registry changes never holds up alerts, and the other way round.
 */
@Injectable()
export class NotificationEventConsumers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationEventConsumers.name);
  private consumers: EventConsumer[] = [];

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MessagingNames) private readonly names: MessagingNames,
    @Inject(NatsConnectionHolder) private readonly nats: NatsConnectionHolder,
    @Inject(Directory) private readonly directory: Directory,
    @Inject(Alerts) private readonly alerts: Alerts,
  ) {}

  onApplicationBootstrap(): void {
    this.nats.onConnected(async (nc) => {
      const logger = PinoLogger.root.child({ service: NOTIFICATIONS_SERVICE_NAME });
      const consumer = (purpose: string, handlers: EventHandler[]) =>
        new EventConsumer({
          service: NOTIFICATIONS_SERVICE_NAME,
          purpose,
          handlers,
          dataSource: this.dataSource,
          nats: nc,
          names: this.names,
          logger,
        });
      this.consumers = [
        consumer('directory', this.directory.handlers),
        consumer('alerts', this.alerts.handlers),
      ];
      await Promise.all(this.consumers.map((each) => each.start()));
      this.logger.log(`Consuming as ${this.consumers.map((each) => each.name).join(' and ')}`);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((each) => each.stop()));
  }
}

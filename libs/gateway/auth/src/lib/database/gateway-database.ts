import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { ReadinessCheck } from '@orbita/observability';
import { DataSource } from 'typeorm';

/**
 * Opens the gateway's DataSource when the application starts and closes it on shutdown. Building the
 * application alone (e.g. to render the OpenAPI document) connects to nothing.
 */
@Injectable()
export class GatewayDatabase implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    if (!this.dataSource.isInitialized) await this.dataSource.initialize();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

export const databaseReadinessCheck = (dataSource: DataSource): ReadinessCheck => ({
  name: 'database',
  check: async () => {
    await dataSource.query('SELECT 1');
  },
});

import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { GatewayConfig } from '@orbita/gateway/feature-http';
import { DataSource } from 'typeorm';
import type { Account } from './account.entity';
import { AccountsService } from './accounts.service';

/**
 * The first admin, from ORBITA_ADMIN_EMAIL / ORBITA_ADMIN_PASSWORD, created at start while no admin account
 * exists at all; once one does, the variables change nothing (so rotating them cannot make a second admin).
 * The password has no default anywhere (`npm start` makes one). Without it the gateway still starts (its
 * other replicas, or one restarted after the admin was made, need none) and logs what to set.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdmin.name);

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccountsService) private readonly accounts: AccountsService,
    @Inject(GatewayConfig) private readonly config: GatewayConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensure();
  }

  /** The admin it created, or `undefined` when there was one already (or no password to give it). */
  ensure(): Promise<Account | undefined> {
    const email = this.config.ORBITA_ADMIN_EMAIL;
    const password = this.config.ORBITA_ADMIN_PASSWORD;
    return this.dataSource.transaction(async (manager) => {
      // Replicas starting together: one of them checks and creates at a time.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['gateway.first-admin']);
      if (await this.accounts.adminExists(manager)) return undefined;
      if (!password) {
        this.logger.error(
          'No admin account exists and ORBITA_ADMIN_PASSWORD is not set: nobody can manage accounts. Set ' +
            'ORBITA_ADMIN_PASSWORD (10 to 200 characters; ORBITA_ADMIN_EMAIL, default admin@orbita.local) ' +
            'and restart the gateway to create the first admin',
        );
        return undefined;
      }
      const admin = await this.accounts.createIfAbsent(
        { email, password, role: 'admin', displayName: 'Administrator' },
        manager,
      );
      if (admin) this.logger.log(`Created the first admin account ${admin.email}`);
      else this.logger.warn(`${email} is taken by an account that is no admin: no first admin created`);
      return admin;
    });
  }
}

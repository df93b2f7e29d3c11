import { Logger } from '@nestjs/common';
import { GatewayConfig } from '@orbita/gateway/feature-http';
import { loadConfig } from '@orbita/observability';
import { createTestDatabase, testActorKeys, type TestDatabase } from '@orbita/testing';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createGatewayDataSource, migrateGatewayDatabase } from '../database/gateway-data-source';
import { Account } from './account.entity';
import { AccountsService } from './accounts.service';
import { FirstAdmin } from './first-admin';
import { PasswordHasher } from './password-hasher';

describe('first admin', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeEach(async () => {
    database = await createTestDatabase();
    await migrateGatewayDatabase(database.url);
    dataSource = await createGatewayDataSource(database.url).initialize();
  });

  afterEach(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const firstAdmin = (env: Record<string, string>) =>
    new FirstAdmin(
      dataSource,
      new AccountsService(dataSource, new PasswordHasher()),
      loadConfig(GatewayConfig, {
        DATABASE_URL: database.url,
        JWT_SECRET: randomBytes(32).toString('hex'),
        ACTOR_SIGNING_KEY: testActorKeys().signingKey,
        ...env,
      }),
    );
  const admins = () => dataSource.getRepository(Account).findBy({ role: 'admin' });

  it('is created once from ORBITA_ADMIN_EMAIL / ORBITA_ADMIN_PASSWORD, even by replicas starting together', async () => {
    const env = {
      ORBITA_ADMIN_EMAIL: 'Root@Example.org',
      ORBITA_ADMIN_PASSWORD: 'a-strong-admin-passphrase',
    };
    const created = await Promise.all([
      firstAdmin(env).ensure(),
      firstAdmin(env).ensure(),
      firstAdmin(env).ensure(),
    ]);
    expect(created.filter(Boolean)).toHaveLength(1);
    expect(await admins()).toEqual([expect.objectContaining({ email: 'root@example.org', active: true })]);
    expect(
      await new PasswordHasher().verify((await admins())[0].passwordHash, 'a-strong-admin-passphrase'),
    ).toBe(true);

    // Other variables later create no second admin.
    expect(await firstAdmin({ ORBITA_ADMIN_EMAIL: 'other@example.org' }).ensure()).toBeUndefined();
    expect(await admins()).toHaveLength(1);
  });

  it('has no default password in any environment, and says what to set', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      for (const NODE_ENV of ['development', 'test', 'production']) {
        expect(await firstAdmin({ NODE_ENV }).ensure()).toBeUndefined();
      }
      expect(await admins()).toEqual([]);
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/Set ORBITA_ADMIN_PASSWORD .* and restart/));
    } finally {
      logged.mockRestore();
    }
  });
});

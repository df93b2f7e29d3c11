// `nx migrate gateway`: creates the gateway schema (accounts, refresh tokens, audit log) and applies its pending migrations.
import { migrateGatewayDatabase } from '@orbita/gateway/auth';
import { exitOnStartupFailure, GatewayDatabaseConfig } from '@orbita/gateway/feature-http';
import { loadConfig } from '@orbita/observability';

async function migrate(): Promise<void> {
  const applied = await migrateGatewayDatabase(loadConfig(GatewayDatabaseConfig).DATABASE_URL);
  process.stdout.write(
    `gateway: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`,
  );
}

migrate().catch(exitOnStartupFailure);

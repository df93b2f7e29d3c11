// `nx migrate gateway`: creates the gateway schema (accounts, refresh tokens, audit log) and applies its pending migrations.
import { migrateGatewayDatabase } from '@orbita/gateway/auth';
import { exitOnStartupFailure } from '@orbita/gateway/feature-http';
import { loadConfig } from '@orbita/observability';
import { DatabaseConfig } from '@orbita/persistence';

async function migrate(): Promise<void> {
  const applied = await migrateGatewayDatabase(loadConfig(DatabaseConfig).DATABASE_URL);
  process.stdout.write(
    `gateway: ${applied.length} migration(s) applied${applied.length ? `: ${applied.join(', ')}` : ''}\n`,
  );
}

migrate().catch(exitOnStartupFailure);

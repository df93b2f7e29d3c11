// `nx seed gateway`: a demo account for every registry person with an e-mail (the registry must be up); idempotent.
import { DEV_ADMIN_PASSWORD, exitOnStartupFailure, GatewayConfig } from '@orbita/gateway/feature-http';
import { DEMO_PASSWORD, RegistryUnavailableError, seedDemoAccounts } from '@orbita/gateway/shell';
import { loadConfig } from '@orbita/observability';

async function seed(): Promise<void> {
  const config = loadConfig(GatewayConfig);
  if (config.NODE_ENV === 'production') {
    process.stdout.write('gateway: no demo accounts in production\n');
    return;
  }
  const logins = await seedDemoAccounts(config);
  const created = logins.filter((login) => login.created).length;
  const width = Math.max(0, ...logins.map((login) => login.email.length));
  const lines = [
    `gateway demo accounts: ${created} created, ${logins.length - created} there already; password for all: ${DEMO_PASSWORD}`,
    ...logins.map(
      (login) => `  ${login.email.padEnd(width)}  ${login.role.padEnd(20)}  ${login.displayName}`,
    ),
    `  admin: ${config.ORBITA_ADMIN_EMAIL} / ${config.ORBITA_ADMIN_PASSWORD ? '(ORBITA_ADMIN_PASSWORD)' : DEV_ADMIN_PASSWORD}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

seed().catch((error: unknown) => {
  if (!(error instanceof RegistryUnavailableError)) exitOnStartupFailure(error);
  // What to do about it is the whole message; a stack would hide it.
  process.stderr.write(`gateway: ${error.message}\n`);
  process.exit(1);
});

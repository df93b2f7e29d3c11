// `nx seed gateway`: a demo account for every registry person with an e-mail (the registry must be up); idempotent.
import { exitOnStartupFailure, GatewayConfig } from '@orbita/gateway/feature-http';
import { DemoSeedConfig, RegistryUnavailableError, seedDemoAccounts } from '@orbita/gateway/shell';
import { loadConfig } from '@orbita/observability';

async function seed(): Promise<void> {
  const config = loadConfig(GatewayConfig);
  if (config.NODE_ENV === 'production') {
    process.stdout.write('gateway: no demo accounts in production\n');
    return;
  }
  const { DEMO_PASSWORD } = loadConfig(DemoSeedConfig);
  const logins = await seedDemoAccounts(config, DEMO_PASSWORD);
  const created = logins.filter((login) => login.created).length;
  const width = Math.max(0, ...logins.map((login) => login.email.length));
  const lines = [
    // Logins only: passwords never go to the output (a terminal's scroll-back, CI logs).
    `gateway demo accounts: ${created} created, ${logins.length - created} there already; password for all: DEMO_PASSWORD (npm start: .data/secrets/demo-password)`,
    ...logins.map(
      (login) => `  ${login.email.padEnd(width)}  ${login.role.padEnd(20)}  ${login.displayName}`,
    ),
    `  admin: ${config.ORBITA_ADMIN_EMAIL} (password: the ORBITA_ADMIN_PASSWORD it was created with)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

seed().catch((error: unknown) => {
  if (!(error instanceof RegistryUnavailableError)) exitOnStartupFailure(error);
  // What to do about it is the whole message; a stack would hide it.
  process.stderr.write(`gateway: ${error.message}\n`);
  process.exit(1);
});

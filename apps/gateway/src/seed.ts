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
  const byRole = new Map<string, number>();
  for (const login of logins) byRole.set(login.role, (byRole.get(login.role) ?? 0) + 1);
  const lines = [
    // Counts only: neither passwords nor people's names and e-mails go to the output (a terminal's
    // scroll-back, CI logs); the admin lists the accounts at GET /api/v1/accounts.
    `gateway demo accounts: ${created} created, ${logins.length - created} there already; password for all: DEMO_PASSWORD (npm start: .data/secrets/demo-password)`,
    `  ${[...byRole].map(([role, count]) => `${count} ${role}`).join(', ')}`,
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

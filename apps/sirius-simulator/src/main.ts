// `nx serve sirius-simulator`: the Sirius.Schools stand-in on its own (a development tool, never deployed; port 3090
// by default, kept out of project.json so that the service generator's next port stays the services' own).
// The integration service reaches it with SIRIUS_URL=http://127.0.0.1:<PORT> and the same client id and secret.
// SIRIUS_SIMULATOR_ROSTER (a JSON file: tools/seeds/sirius-demo-roster.ts) replaces the invented people with it.
import { SiriusSimulator, type RosterData } from '@orbita/integration/simulator';
import { readFileSync } from 'node:fs';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required (the client credentials the simulator accepts)`);
  return value;
}

function roster(): RosterData | undefined {
  const file = process.env['SIRIUS_SIMULATOR_ROSTER'];
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as RosterData) : undefined;
}

async function main(): Promise<void> {
  const simulator = new SiriusSimulator({
    clientId: required('SIRIUS_CLIENT_ID'),
    clientSecret: required('SIRIUS_CLIENT_SECRET'),
    seed: Number(process.env['SIRIUS_SIMULATOR_SEED'] ?? 0),
    roster: roster(),
  });
  const url = await simulator.listen(Number(process.env['PORT'] ?? 3090), process.env['HOST'] ?? '127.0.0.1');
  process.stdout.write(
    `sirius-simulator: OneRoster 1.2 at ${url}/ims/oneroster/rostering/v1p2, token at ${url}/oauth/token\n`,
  );
  const stop = () => void simulator.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sirius-simulator: ${(error as Error).message}\n`);
  process.exit(1);
});

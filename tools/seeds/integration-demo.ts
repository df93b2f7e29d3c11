// The integration demo's seed: the first sync run with the Sirius.Schools platform (under `npm start`, the stand-in
// serving tools/seeds/sirius-demo-roster.ts), so that the demo shows the registrations and the mismatch report at once.
import { INTEGRATION_RPC, type SyncRunView } from '@orbita/integration/rpc';
import type { RpcClient } from '@orbita/messaging';
import type { EnvSource } from '@orbita/observability';
import { withSystemBus } from '@orbita/service-host';
import { setTimeout as sleep } from 'node:timers/promises';

const RUN_WAIT_MS = 120_000;
const POLL_MS = 1_000;

/**
 * `nx seed integration` (`integration-demo.run.ts`): starts a sync run unless one has already succeeded (or no
 * platform is configured), and waits for it to end. The integration service must be running, after the other
 * seeds (reconciliation finds the schools and students they made). Idempotent.
 */
export async function seedIntegrationDemoData(env: EnvSource = process.env): Promise<string> {
  return withSystemBus(env, 'orbita-integration-seed', async ({ rpc }) => {
    const status = await rpc.request(INTEGRATION_RPC.getSyncStatus, {});
    if (!status.configured) return 'no platform configured (SIRIUS_URL): no sync run';
    if (status.lastSucceeded)
      return `a sync run already succeeded (${status.lastSucceeded.finishedAt}): none started`;
    const run = await finished(rpc, await rpc.request(INTEGRATION_RPC.startRun, {}));
    const users = run.counts.users;
    return `sync run ${run.id} ${run.status}: ${users.read} people read, ${users.created} new`;
  });
}

/** The run once it is no longer running, or as it stands after RUN_WAIT_MS. */
async function finished(rpc: RpcClient, run: SyncRunView): Promise<SyncRunView> {
  const deadline = Date.now() + RUN_WAIT_MS;
  let current = run;
  while (current.status === 'running' && Date.now() < deadline) {
    await sleep(POLL_MS);
    current = (await rpc.request(INTEGRATION_RPC.getSyncStatus, {})).lastRun ?? current;
  }
  return current;
}

// The integration demo's seed: a sync run with the Sirius.Schools platform (under `npm start`, the stand-in serving
// tools/seeds/sirius-demo-roster.ts) once the other seeds are done, so that the demo shows the registrations and the
// mismatch report at once.
import { INTEGRATION_RPC, type SyncStatusView } from '@orbita/integration/rpc';
import type { RpcClient } from '@orbita/messaging';
import type { EnvSource } from '@orbita/observability';
import { withSystemBus } from '@orbita/service-host';
import { setTimeout as sleep } from 'node:timers/promises';

const RUN_WAIT_MS = 120_000;
const POLL_MS = 1_000;
const PAGE_SIZE = 100;

/**
 * `nx seed integration` (`integration-demo.run.ts`): starts a sync run and waits for it to end, unless a manual run
 * has already succeeded (this seed's, on an earlier start) or no platform is configured. A scheduled run does not
 * count: the first may start while the other seeds are still making the schools and students it reconciles. The
 * integration service must be running. Idempotent.
 */
export async function seedIntegrationDemoData(env: EnvSource = process.env): Promise<string> {
  return withSystemBus(env, 'orbita-integration-seed', async ({ rpc }) => {
    const status = await rpc.request(INTEGRATION_RPC.getSyncStatus, {});
    if (!status.configured) return 'no platform configured (SIRIUS_URL): no sync run';
    if (await manualRunSucceeded(rpc)) return 'a manual sync run has already succeeded: none started';
    // One run at a time: a scheduled one under way is let finish first.
    const settled = await notRunning(rpc);
    if (settled.parked) return `sync run ${settled.parked.id} is parked for a decision: none started`;
    await rpc.request(INTEGRATION_RPC.startRun, {});
    const run = (await notRunning(rpc)).lastRun;
    if (!run) throw new Error('the sync run started is not in the sync status');
    const users = run.counts.users;
    return `sync run ${run.id} ${run.status}: ${users.read} people read, ${users.created} new`;
  });
}

async function manualRunSucceeded(rpc: RpcClient): Promise<boolean> {
  for (let page = 1; ; page++) {
    const runs = await rpc.request(INTEGRATION_RPC.listRuns, { page, pageSize: PAGE_SIZE });
    if (runs.items.some((run) => run.trigger === 'manual' && run.status === 'succeeded')) return true;
    if (runs.items.length === 0 || page * PAGE_SIZE >= runs.total) return false;
  }
}

/** The sync status once no run is running, or as it stands after RUN_WAIT_MS. */
async function notRunning(rpc: RpcClient): Promise<SyncStatusView> {
  const deadline = Date.now() + RUN_WAIT_MS;
  for (;;) {
    const status = await rpc.request(INTEGRATION_RPC.getSyncStatus, {});
    if (status.lastRun?.status !== 'running' || Date.now() >= deadline) return status;
    await sleep(POLL_MS);
  }
}

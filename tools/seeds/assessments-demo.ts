import { seedWorksDemo } from '@orbita/assessments/works';
import { demoSeedDay } from '@orbita/contracts';
import { REGISTRY_RPC, type ListSchoolsQuery } from '@orbita/registry/rpc';
import { TransferBucket, type RpcClient } from '@orbita/messaging';
import { loadConfig, type EnvSource } from '@orbita/observability';
import { dataSourceFor, withSystemBus } from '@orbita/service-host';
import { ASSESSMENTS_SERVICE, AssessmentsConfig } from '@orbita/assessments/service';
import { seedProtocolsDemo } from './assessments-demo-protocols';

const PAGE_SIZE = 200;

/**
 * `nx seed assessments`: the demo works of 2024/25 and of the current school year, expected from every
 * active school of the registry (asked over request/reply as the system: the registry must be running),
 * with participant codes. Idempotent.
 */
export async function seedAssessmentsDemoData(env: EnvSource = process.env): Promise<string> {
  const config = loadConfig(AssessmentsConfig, env);
  const schoolIds = await withSystemBus(env, 'orbita-assessments-seed', (bus) => registrySchools(bus.rpc));
  const dataSource = await dataSourceFor(ASSESSMENTS_SERVICE, config).initialize();
  try {
    return await seedWorksDemo(dataSource, schoolIds, demoSeedDay());
  } finally {
    await dataSource.destroy();
  }
}

/**
 * `nx seed assessments`, after the works: accepted demo protocols of the math works from some of the
 * schools (see seedProtocolsDemo), uploaded through the running assessments service. Idempotent.
 */
export async function seedAssessmentsDemoProtocols(env: EnvSource = process.env): Promise<string> {
  return withSystemBus(env, 'orbita-assessments-seed', async (bus) =>
    seedProtocolsDemo(
      bus.rpc,
      await TransferBucket.open(bus.nc, bus.names, ASSESSMENTS_SERVICE.name),
      await registrySchools(bus.rpc),
      demoSeedDay(),
    ),
  );
}

/** Ids of the registry's active schools by short name, page by page. */
async function registrySchools(rpc: RpcClient): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const query: ListSchoolsQuery = { page, pageSize: PAGE_SIZE, active: true, sort: 'shortName' };
    const reply = await rpc.request(REGISTRY_RPC.listSchools, query);
    ids.push(...reply.items.map((school) => school.id));
    if (reply.items.length === 0 || ids.length >= reply.total) return ids;
  }
}

import { seedWorksDemo } from '@orbita/assessments/works';
import { REGISTRY_RPC, type ListSchoolsQuery, type Page, type SchoolView } from '@orbita/contracts';
import { connect } from '@nats-io/transport-node';
import { MessagingNames, RpcClient } from '@orbita/messaging';
import { loadConfig, type EnvSource } from '@orbita/observability';
import { dataSourceFor } from '@orbita/service-host';
import { AssessmentsConfig } from './assessments-config';
import { ASSESSMENTS_SERVICE } from './assessments.service-definition';

const PAGE_SIZE = 200;

/**
 * `nx seed assessments`: the 2024/25 demo works, expected from every active school of the registry (asked
 * over request/reply as the system: the registry must be running), with participant codes. Idempotent.
 */
export async function seedAssessmentsDemoData(env: EnvSource = process.env): Promise<string> {
  const config = loadConfig(AssessmentsConfig, env);
  const schoolIds = await registrySchools(config);
  const dataSource = await dataSourceFor(ASSESSMENTS_SERVICE, config).initialize();
  try {
    return await seedWorksDemo(dataSource, schoolIds);
  } finally {
    await dataSource.destroy();
  }
}

/** Ids of the registry's active schools, page by page. */
async function registrySchools(config: AssessmentsConfig): Promise<string[]> {
  // Fails fast rather than waiting for NATS: a seed is run by hand or by `npm start` after the services.
  const nc = await connect({ servers: config.NATS_URL.split(','), name: 'orbita-assessments-seed', timeout: 5_000 });
  try {
    const rpc = new RpcClient(nc, { names: new MessagingNames(config.NATS_SUBJECT_PREFIX), timeoutMs: 15_000 });
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const query: ListSchoolsQuery = { page, pageSize: PAGE_SIZE, active: true, sort: 'shortName' };
      const reply = await rpc.request<Page<SchoolView>>(REGISTRY_RPC.listSchools, query);
      ids.push(...reply.items.map((school) => school.id));
      if (reply.items.length === 0 || ids.length >= reply.total) return ids;
    }
  } finally {
    await nc.close();
  }
}

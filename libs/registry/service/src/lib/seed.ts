import { demoSeedDay } from '@orbita/contracts';
import { UnitOfWork } from '@orbita/messaging';
import { loadConfig, type EnvSource } from '@orbita/observability';
import { seedOrganisationsDemo } from '@orbita/registry/organisations';
import { checkDeadlinesNow, seedRoadmapDemo } from '@orbita/registry/roadmap';
import { dataSourceFor } from '@orbita/service-host';
import { RegistryConfig } from './registry-config';
import { REGISTRY_SERVICE } from './registry.service-definition';

/**
 * Loads the demo region into the registry through the same domain services the API uses, so the demo
 * data also goes out as events, with the roadmap of 2024/25 and of the current school year (as of the
 * seed's day: demoSeedDay). Idempotent: what exists (by natural key) is left alone.
 */
export async function seedRegistryDemoData(env: EnvSource = process.env): Promise<string> {
  const config = loadConfig(RegistryConfig, env);
  const dataSource = await dataSourceFor(REGISTRY_SERVICE, config).initialize();
  try {
    const unitOfWork = new UnitOfWork(dataSource);
    const parts: string[] = [];
    const organisations = await seedOrganisationsDemo(unitOfWork);
    parts.push(
      ...Object.entries(organisations.counts).map(([records, count]) => `${count} ${records}`),
      `${organisations.created} created now`,
    );
    parts.push(await seedRoadmapDemo(unitOfWork, demoSeedDay()));
    const reminders = await checkDeadlinesNow(dataSource, unitOfWork, config);
    parts.push(`${reminders.overdue} overdue and ${reminders.dueSoon} due-soon reminders announced now`);
    return parts.join(', ');
  } finally {
    await dataSource.destroy();
  }
}

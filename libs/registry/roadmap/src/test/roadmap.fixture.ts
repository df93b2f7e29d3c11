import type { Actor } from '@orbita/auth';
import { ROADMAP_RPC, type RoadmapActivityDetailView } from '@orbita/registry/rpc';
import { UnitOfWork } from '@orbita/messaging';
import {
  ORGANISATIONS_ENTITIES,
  ORGANISATIONS_MIGRATIONS,
  seedOrganisationsDemo,
} from '@orbita/registry/organisations';
import { dataSourceFor, migrateService, ServiceConfig, type ServiceDefinition } from '@orbita/service-host';
import { regionalCoordinator, startTestService, TestService } from '@orbita/service-host/testing';
import { createTestDatabase, type TestDatabase } from '@orbita/testing';
import type { DataSource } from 'typeorm';
import { ROADMAP_ENTITIES, ROADMAP_MIGRATIONS, RoadmapModule } from '../lib/roadmap.module';
import { RoadmapClock, type RoadmapEnvironment } from '../lib/roadmap-settings';
import { seedRoadmapDemo } from '../lib/seed/seed-roadmap-demo';

export { regionalCoordinator, schoolCoordinator } from '@orbita/service-host/testing';

/** The registry as REGISTRY_SERVICE composes it, with the roadmap as its only feature module. */
export const ROADMAP_TEST_SERVICE: ServiceDefinition = {
  name: 'registry',
  entities: [...ORGANISATIONS_ENTITIES, ...ROADMAP_ENTITIES],
  migrations: [...ORGANISATIONS_MIGRATIONS, ...ROADMAP_MIGRATIONS],
  modules: [RoadmapModule],
};

/** RegistryConfig's roadmap settings, with a small file limit and the scheduled check off (tests run it). */
export class TestRegistryConfig extends ServiceConfig implements RoadmapEnvironment {
  EVIDENCE_MAX_BYTES = 64 * 1024;
  ROADMAP_DEADLINE_CHECK_INTERVAL_MS = 0;
  ROADMAP_DUE_SOON_DAYS = 7;
  ROADMAP_TIME_ZONE = 'Asia/Tomsk';
}

/** A new database with the organisations' and the roadmap's tables. */
export async function migratedDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await migrateService(ROADMAP_TEST_SERVICE, { DATABASE_URL: database.url });
  return database;
}

/** A DataSource of the registry schema, as the seed and the service use. */
export function registryDataSource(database: TestDatabase): Promise<DataSource> {
  return dataSourceFor(
    ROADMAP_TEST_SERVICE,
    Object.assign(new ServiceConfig(), { DATABASE_URL: database.url }),
  ).initialize();
}

/** Seeds the demo region, then its roadmap. */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  const unitOfWork = new UnitOfWork(dataSource);
  await seedOrganisationsDemo(unitOfWork);
  await seedRoadmapDemo(unitOfWork);
}

/** A running registry with the demo region and its roadmap (see TestService), with "today" to set. */
export class RoadmapFixture extends TestService<TestRegistryConfig> {
  static async start(): Promise<RoadmapFixture> {
    const fixture = new RoadmapFixture(await startTestService(ROADMAP_TEST_SERVICE, TestRegistryConfig));
    await seedDemo(fixture.dataSource);
    await fixture.answering(ROADMAP_RPC.listRoadmaps);
    return fixture;
  }

  /** Makes "today" in the region the given date (at noon there). */
  setToday(date: string): void {
    jest.spyOn(this.app.get(RoadmapClock), 'now').mockReturnValue(new Date(`${date}T05:00:00Z`));
  }

  /** The demo activity with this number, as a region-wide reader sees it. */
  async activity(number: string, actor: Actor = regionalCoordinator()): Promise<RoadmapActivityDetailView> {
    const [row]: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM roadmap_activities WHERE number = $1',
      [number],
    );
    return this.call(ROADMAP_RPC.getActivity, { id: row.id }, actor);
  }

  /** A demo school's id by its full name (seed 000). */
  async schoolId(fullName: string): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM organisations WHERE full_name = $1',
      [fullName],
    );
    return row.id;
  }
}

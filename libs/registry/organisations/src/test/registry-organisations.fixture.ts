import { REGISTRY_RPC, type MunicipalityView, type SchoolView } from '@orbita/registry/rpc';
import type { ServiceDefinition } from '@orbita/service-host';
import { startTestService, TestService } from '@orbita/service-host/testing';
import { uniqueRunId } from '@orbita/testing';
import {
  ORGANISATIONS_ENTITIES,
  ORGANISATIONS_MIGRATIONS,
  RegistryOrganisationsModule,
} from '../lib/registry-organisations';

export { schoolCoordinator } from '@orbita/service-host/testing';

/** The registry with only the organisations side, as REGISTRY_SERVICE composes it. */
export const ORGANISATIONS_TEST_SERVICE: ServiceDefinition = {
  name: 'registry',
  entities: ORGANISATIONS_ENTITIES,
  migrations: ORGANISATIONS_MIGRATIONS,
  modules: [RegistryOrganisationsModule],
};

/** A running registry (organisations side): see TestService; here with a few records to build on. */
export class RegistryOrganisationsFixture extends TestService {
  private schoolCount = 0;

  static async start(): Promise<RegistryOrganisationsFixture> {
    const fixture = new RegistryOrganisationsFixture(await startTestService(ORGANISATIONS_TEST_SERVICE));
    await fixture.answering(REGISTRY_RPC.listProgrammes);
    return fixture;
  }

  async municipality(name = `Район ${uniqueRunId()}`): Promise<MunicipalityView> {
    return this.call(REGISTRY_RPC.createMunicipality, { name, kind: 'municipal_district' });
  }

  /** A new school in a new municipality. */
  async school(fullName = `МАОУ СОШ № ${++this.schoolCount} ${uniqueRunId()}`): Promise<SchoolView> {
    const municipality = await this.municipality();
    return this.call(REGISTRY_RPC.createSchool, {
      fullName,
      shortName: fullName.slice(0, 30),
      municipalityId: municipality.id,
    });
  }
}

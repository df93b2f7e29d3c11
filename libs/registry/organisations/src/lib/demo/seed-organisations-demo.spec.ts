import { UnitOfWork } from '@orbita/messaging';
import { DEMO_AGREEMENTS, DEMO_PEOPLE, DEMO_REFERENCE_DATE, DEMO_SCHOOLS } from '@orbita/registry/demo-data';
import { dataSourceFor, migrateService, ServiceConfig } from '@orbita/service-host';
import { createTestDatabase, type TestDatabase } from '@orbita/testing';
import type { DataSource } from 'typeorm';
import { ORGANISATIONS_TEST_SERVICE } from '../../test/registry-organisations.fixture';
import { AgreementsService } from '../agreements/agreements.service';
import { RegistryStore } from '../shared/registry-store';
import { seedOrganisationsDemo } from './seed-organisations-demo';

describe('organisations demo seed', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateService(ORGANISATIONS_TEST_SERVICE, { DATABASE_URL: database.url });
    const config = Object.assign(new ServiceConfig(), { DATABASE_URL: database.url });
    dataSource = await dataSourceFor(ORGANISATIONS_TEST_SERVICE, config).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('loads the demo region once: a second run creates nothing and counts the same', async () => {
    const first = await seedOrganisationsDemo(new UnitOfWork(dataSource));
    expect(first.counts).toEqual({
      municipalities: 7,
      schools: DEMO_SCHOOLS.length,
      partners: 8,
      otherOrganisations: 3,
      people: DEMO_PEOPLE.length,
      programmes: 3,
      participation: 8,
      agreements: DEMO_AGREEMENTS.length,
    });
    expect(first.counts.schools).toBe(8);
    expect(first.created).toBeGreaterThan(0);

    const second = await seedOrganisationsDemo(new UnitOfWork(dataSource));
    expect(second).toEqual({ counts: first.counts, created: 0 });
  });

  it('sent every record out as its event, without people’s names', async () => {
    const rows: { subject: string; n: number }[] = await dataSource.query(
      'SELECT subject, count(*)::int AS n FROM registry.outbox GROUP BY subject ORDER BY subject',
    );
    expect(Object.fromEntries(rows.map(({ subject, n }) => [subject, n]))).toEqual({
      'registry.agreement.signed.v1': DEMO_AGREEMENTS.length,
      'registry.organisation.registered.v1': 3,
      'registry.partner.registered.v1': 8,
      'registry.person.registered.v1': DEMO_PEOPLE.length,
      'registry.programme-participation.changed.v1': 8,
      'registry.school.registered.v1': 8,
    });
    const schools: { siriusId: string }[] = await dataSource.query(
      `SELECT payload->>'siriusId' AS "siriusId" FROM registry.outbox WHERE subject = 'registry.school.registered.v1'`,
    );
    expect(schools.map((school) => school.siriusId).sort()).toEqual(
      DEMO_SCHOOLS.map((school) => `org-${school.key}`).sort(),
    );
    const payloads: { payload: object }[] = await dataSource.query('SELECT payload FROM registry.outbox');
    const wire = JSON.stringify(payloads);
    for (const person of DEMO_PEOPLE) {
      expect(wire).not.toContain(person.surname);
      expect(wire).toContain(person.email);
    }
  });

  it('gives the demo agreements the statuses the demo data states as of its reference date', async () => {
    const agreements = new AgreementsService(new RegistryStore(new UnitOfWork(dataSource)));
    const page = await agreements.list({ pageSize: 200 }, null, DEMO_REFERENCE_DATE);
    const statusByNumber = Object.fromEntries(
      page.items.map((agreement) => [agreement.number, agreement.status]),
    );
    expect(statusByNumber).toEqual(
      Object.fromEntries(DEMO_AGREEMENTS.map((agreement) => [agreement.number, agreement.status])),
    );

    const expiring = await agreements.list({ expiringWithinDays: 60 }, null, DEMO_REFERENCE_DATE);
    expect(expiring.total).toBe(3);
  });
});

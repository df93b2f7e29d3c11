import { isPartnerKind } from '@orbita/contracts';
import type { UnitOfWork } from '@orbita/messaging';
import {
  DEMO_AGREEMENTS,
  DEMO_MUNICIPALITIES,
  DEMO_OTHER_ORGANISATIONS,
  DEMO_PARTICIPATION,
  DEMO_PARTNERS,
  DEMO_PEOPLE,
  DEMO_PROGRAMMES,
  DEMO_REGIONAL_CENTRE,
  DEMO_SCHOOLS,
  type DemoAgreement,
} from '@orbita/registry/demo-data';
import { Agreement } from '../agreements/agreement.entity';
import { AgreementsService } from '../agreements/agreements.service';
import { MunicipalitiesService } from '../municipalities/municipalities.service';
import { Municipality } from '../municipalities/municipality.entity';
import { Organisation } from '../organisations/organisation.entity';
import { OrganisationsService } from '../organisations/organisations.service';
import { PeopleService } from '../people/people.service';
import { Person } from '../people/person.entity';
import { Participation } from '../programmes/participation.entity';
import { Programme } from '../programmes/programme.entity';
import { ProgrammesService } from '../programmes/programmes.service';
import { RegistryStore } from '../shared/registry-store';

/** What the registry holds after seeding (all of it, not only the demo), and how much this run added. */
export interface OrganisationsSeedResult {
  counts: {
    municipalities: number;
    schools: number;
    partners: number;
    otherOrganisations: number;
    people: number;
    programmes: number;
    participation: number;
    agreements: number;
  };
  created: number;
}

/** The service's own calls: no actor, so the whole region is in scope. */
const SYSTEM = null;

/**
 * Loads the demo region (municipalities, the regional centre, the eight schools, partners, people,
 * programmes, participation, agreements) through the domain services, so every record also goes out as
 * its event. Idempotent by natural keys (names, e-mails, codes, agreement numbers): what exists is
 * left alone, and a second run creates nothing.
 */
export async function seedOrganisationsDemo(unitOfWork: UnitOfWork): Promise<OrganisationsSeedResult> {
  const store = new RegistryStore(unitOfWork);
  const municipalities = new MunicipalitiesService(store);
  const organisations = new OrganisationsService(store);
  const people = new PeopleService(store);
  const programmes = new ProgrammesService(store);
  const agreements = new AgreementsService(store);
  let created = 0;
  /** The id of the record found by its natural key, or of the one created when there is none. */
  const ensure = async (
    find: () => Promise<{ id: string } | null>,
    create: () => Promise<{ id: string }>,
  ) => {
    const existing = await find();
    if (existing) return existing.id;
    created += 1;
    return (await create()).id;
  };

  const municipalityIds = new Map<string, string>();
  for (const municipality of DEMO_MUNICIPALITIES) {
    const id = await ensure(
      () => municipalities.findByName(municipality.name),
      () => municipalities.create({ name: municipality.name, kind: municipality.kind }),
    );
    municipalityIds.set(municipality.key, id);
  }
  const municipalityOf = (key: string | null) => (key === null ? null : required(municipalityIds, key));

  const organisationIds = new Map<string, string>();
  const demoOrganisations = [
    { ...DEMO_REGIONAL_CENTRE, kind: 'regional_centre' as const },
    ...DEMO_SCHOOLS.map((school) => ({ ...school, kind: 'school' as const })),
    ...DEMO_PARTNERS,
    ...DEMO_OTHER_ORGANISATIONS,
  ];
  for (const organisation of demoOrganisations) {
    const fields = {
      fullName: organisation.fullName,
      shortName: organisation.shortName,
      municipalityId: municipalityOf(organisation.municipalityKey),
      address: organisation.address,
      email: organisation.email,
      phone: organisation.phone,
      website: organisation.website,
      siriusId: organisation.kind === 'school' ? organisation.siriusId : undefined,
    };
    const id = await ensure(
      () => organisations.findByFullName(organisation.fullName),
      () =>
        organisation.kind === 'school'
          ? organisations.createSchool({
              ...fields,
              municipalityId: required(municipalityIds, organisation.municipalityKey),
            })
          : isPartnerKind(organisation.kind)
            ? organisations.createPartner({ ...fields, kind: organisation.kind })
            : organisations.register(organisation.kind, fields),
    );
    organisationIds.set(organisation.key, id);
  }
  // A registry seeded before the demo schools had platform ids gets them by an update, which goes out as its event.
  for (const school of DEMO_SCHOOLS) {
    const existing = await organisations.findByFullName(school.fullName);
    if (existing && existing.siriusId === null)
      await organisations.updateSchool(
        { id: existing.id, expectedVersion: existing.version, siriusId: school.siriusId },
        SYSTEM,
      );
  }

  const personIds = new Map<string, string>();
  for (const person of DEMO_PEOPLE) {
    const id = await ensure(
      () => people.findByEmail(person.email),
      () =>
        people.create(
          {
            organisationId: required(organisationIds, person.organisationKey),
            surname: person.surname,
            name: person.name,
            patronymic: person.patronymic,
            position: person.position,
            email: person.email,
            phone: person.phone,
            roles: [...person.roles],
          },
          SYSTEM,
        ),
    );
    personIds.set(person.key, id);
  }

  const programmeIds = new Map<string, string>();
  for (const programme of DEMO_PROGRAMMES) {
    const id = await ensure(
      () => programmes.findByCode(programme.kind),
      () =>
        programmes.create(
          {
            code: programme.kind,
            title: programme.name,
            shortName: programme.shortName,
            description: programme.description,
          },
        ),
    );
    programmeIds.set(programme.key, id);
  }

  for (const participation of DEMO_PARTICIPATION) {
    const programmeId = required(programmeIds, participation.programmeKey);
    const schoolId = required(organisationIds, participation.schoolKey);
    await ensure(
      () => programmes.findParticipation(programmeId, schoolId, participation.schoolYear),
      () =>
        programmes.addParticipation(
          {
            programmeId,
            schoolId,
            schoolYear: participation.schoolYear,
            role: participation.role,
            coordinatorPersonId: required(personIds, participation.coordinatorKey),
          },
          SYSTEM,
        ),
    );
  }

  for (const agreement of DEMO_AGREEMENTS) {
    const partyOrganisationId = required(organisationIds, agreement.partyKey);
    const id = await ensure(
      () => agreements.findByNumber(partyOrganisationId, agreement.number),
      () =>
        agreements.create(
          {
            number: agreement.number,
            signedOn: agreement.date,
            validFrom: agreement.validFrom,
            validTo: agreement.validTo,
            subject: agreement.subject,
            obligations: agreement.obligations,
            // Signed first; an expired one reads as expired by its date, a terminated one is ended below.
            status: 'active',
            partyOrganisationId,
            partnerOrganisationId: required(organisationIds, agreement.counterpartyKey),
            programmeId: agreement.programmeKey ? required(programmeIds, agreement.programmeKey) : null,
          },
          SYSTEM,
        ),
    );
    await terminateIfDemoSaysSo(agreements, id, agreement);
  }

  return { counts: await countRegistry(store), created };
}

async function terminateIfDemoSaysSo(
  agreements: AgreementsService,
  id: string,
  demo: DemoAgreement,
): Promise<void> {
  if (demo.status !== 'terminated') return;
  const current = await agreements.get(id, SYSTEM);
  if (current.status === 'terminated') return;
  await agreements.update(
    { id, expectedVersion: current.version, status: 'terminated', terminatedOn: demo.terminatedOn ?? null },
    SYSTEM,
  );
}

function required(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`The demo data refers to "${key}", which it does not define`);
  return id;
}

function countRegistry(store: RegistryStore): Promise<OrganisationsSeedResult['counts']> {
  return store.read(async (manager) => {
    const byKind = await manager
      .createQueryBuilder(Organisation, 'organisation')
      .select('organisation.kind', 'kind')
      .addSelect('count(*)::int', 'count')
      .groupBy('organisation.kind')
      .getRawMany<{ kind: string; count: number }>();
    const countWhere = (test: (kind: string) => boolean) =>
      byKind.filter(({ kind }) => test(kind)).reduce((sum, { count }) => sum + count, 0);
    return {
      municipalities: await manager.count(Municipality),
      schools: countWhere((kind) => kind === 'school'),
      partners: countWhere(isPartnerKind),
      otherOrganisations: countWhere((kind) => kind !== 'school' && !isPartnerKind(kind)),
      people: await manager.count(Person),
      programmes: await manager.count(Programme),
      participation: await manager.count(Participation),
      agreements: await manager.count(Agreement),
    };
  });
}

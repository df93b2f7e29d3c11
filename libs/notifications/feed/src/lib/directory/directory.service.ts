import { Injectable } from '@nestjs/common';
import {
  PERSON_REGISTERED_V1,
  PERSON_UPDATED_V1,
  PROGRAMME_PARTICIPATION_CHANGED_V1,
  SCHOOL_REGISTERED_V1,
  SCHOOL_UPDATED_V1,
  WORK_PUBLISHED_V1,
  type PersonRegisteredV1,
  type PersonRole,
  type PersonUpdatedV1,
  type ProgrammeParticipationChangedV1,
  type SchoolRegisteredV1,
  type SchoolUpdatedV1,
  type WorkPublishedV1,
} from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent } from '@orbita/service-host';
import { DIRECTORY_CONSUMER } from '../event-consumers';
import type { EntityManager } from 'typeorm';

/** Who is to hear of an event, in terms of the read model. */
export type Audience =
  | { kind: 'regional_staff' }
  | { kind: 'school_coordinators'; schoolId: string }
  /** Named people (an expert), whatever their roles. */
  | { kind: 'people'; personIds: readonly string[] }
  /** Named people, plus people holding one of `roles` at a school taking part in a programme that year. */
  | { kind: 'responsible'; personIds: readonly string[]; roles: readonly PersonRole[]; schoolYear: number };

/** A recipient: an active person, with their e-mail when they have one. */
export interface Recipient {
  personId: string;
  email: string | null;
}

/**
 * The service's own copy of whom it may notify: people (roles, school, e-mail, active), school names,
 * programme participation and work titles, kept from registry and assessments events by the
 * `directory` consumer. Recipients are
 * found here, never by asking the registry, so a notification does not depend on the registry being up.
 */
@Injectable()
export class Directory {
  @OnEvent(PERSON_REGISTERED_V1, DIRECTORY_CONSUMER)
  personRegistered(person: PersonRegisteredV1, { manager }: EventContext) {
    return this.savePerson(manager, person, 1);
  }

  @OnEvent(PERSON_UPDATED_V1, DIRECTORY_CONSUMER)
  personUpdated(person: PersonUpdatedV1, { manager }: EventContext) {
    return this.savePerson(manager, person, person.version);
  }

  @OnEvent(SCHOOL_REGISTERED_V1, DIRECTORY_CONSUMER)
  schoolRegistered(school: SchoolRegisteredV1, { manager }: EventContext) {
    return this.saveSchool(manager, school, 1);
  }

  @OnEvent(SCHOOL_UPDATED_V1, DIRECTORY_CONSUMER)
  schoolUpdated(school: SchoolUpdatedV1, { manager }: EventContext) {
    return this.saveSchool(manager, school, school.version);
  }

  @OnEvent(PROGRAMME_PARTICIPATION_CHANGED_V1, DIRECTORY_CONSUMER)
  async participationChanged(change: ProgrammeParticipationChangedV1, { manager }: EventContext) {
    await manager.query(
      `INSERT INTO school_participations (participation_id, school_id, programme_code, school_year, active)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (participation_id) DO UPDATE SET active = EXCLUDED.active`,
      [
        change.participationId,
        change.schoolId,
        change.programmeCode,
        change.schoolYear,
        change.change === 'added',
      ],
    );
  }

  @OnEvent(WORK_PUBLISHED_V1, DIRECTORY_CONSUMER)
  async workPublished(work: WorkPublishedV1, { manager }: EventContext) {
    await manager.query(
      `INSERT INTO known_works (work_id, title, version) VALUES ($1, $2, $3)
       ON CONFLICT (work_id) DO UPDATE SET title = EXCLUDED.title, version = EXCLUDED.version
       WHERE known_works.version < EXCLUDED.version`,
      [work.workId, work.title, work.version],
    );
  }

  /** Active people of the audience, in a stable order. */
  async recipients(manager: EntityManager, audience: Audience): Promise<Recipient[]> {
    const select = 'SELECT person_id AS "personId", email FROM known_people WHERE active AND';
    switch (audience.kind) {
      case 'regional_staff':
        return manager.query(`${select} 'regional_staff' = ANY (roles) ORDER BY person_id`);
      case 'school_coordinators':
        return manager.query(
          `${select} 'school_coordinator' = ANY (roles) AND school_id = $1 ORDER BY person_id`,
          [audience.schoolId],
        );
      case 'people':
        return manager.query(`${select} person_id = ANY ($1::uuid[]) ORDER BY person_id`, [
          audience.personIds,
        ]);
      case 'responsible':
        return manager.query(
          `${select} (person_id = ANY ($1::uuid[])
             OR (roles && $2::text[] AND school_id IN (
                   SELECT school_id FROM school_participations WHERE active AND school_year = $3)))
           ORDER BY person_id`,
          [audience.personIds, audience.roles, audience.schoolYear],
        );
    }
  }

  async schoolName(manager: EntityManager, schoolId: string): Promise<string | undefined> {
    const [row]: { short_name: string }[] = await manager.query(
      'SELECT short_name FROM known_schools WHERE school_id = $1',
      [schoolId],
    );
    return row?.short_name;
  }

  async workTitle(manager: EntityManager, workId: string): Promise<string | undefined> {
    const [row]: { title: string }[] = await manager.query(
      'SELECT title FROM known_works WHERE work_id = $1',
      [workId],
    );
    return row?.title;
  }

  /** Registered = version 1; an event older than the stored version (a late redelivery) changes nothing. */
  private async savePerson(
    manager: EntityManager,
    person: PersonRegisteredV1,
    version: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO known_people (person_id, organisation_id, school_id, roles, email, active, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (person_id) DO UPDATE SET
         organisation_id = EXCLUDED.organisation_id, school_id = EXCLUDED.school_id, roles = EXCLUDED.roles,
         email = EXCLUDED.email, active = EXCLUDED.active, version = EXCLUDED.version, updated_at = now()
       WHERE known_people.version < EXCLUDED.version`,
      [
        person.personId,
        person.organisationId,
        person.schoolId ?? null,
        person.roles,
        person.email?.toLowerCase() ?? null,
        person.active,
        version,
      ],
    );
  }

  private async saveSchool(
    manager: EntityManager,
    school: SchoolRegisteredV1,
    version: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO known_schools (school_id, short_name, full_name, active, version) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (school_id) DO UPDATE SET
         short_name = EXCLUDED.short_name, full_name = EXCLUDED.full_name, active = EXCLUDED.active, version = EXCLUDED.version
       WHERE known_schools.version < EXCLUDED.version`,
      [school.schoolId, school.shortName, school.fullName, school.active, version],
    );
  }
}

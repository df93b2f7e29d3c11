import { Injectable } from '@nestjs/common';
import {
  PERSON_REGISTERED_V1,
  PERSON_UPDATED_V1,
  SCHOOL_REGISTERED_V1,
  SCHOOL_UPDATED_V1,
  type ClassTeacherV1,
  type PersonRegisteredV1,
  type PersonUpdatedV1,
  type SchoolRegisteredV1,
  type SchoolUpdatedV1,
} from '@orbita/contracts';
import { EnrollmentErrorCode } from '@orbita/enrollment/rpc';
import type { EventContext } from '@orbita/messaging';
import { OnEvent } from '@orbita/service-host';
import { In, type EntityManager } from 'typeorm';
import { SCORES_CONSUMER } from '../scores/scores-consumer';
import { FieldProblem, schoolNotFound } from '../shared/enrollment-errors';
import { EnrollmentStore } from '../shared/enrollment-store';
import { KnownPerson, KnownSchool } from './directory.entity';

/**
 * Enrollment's copy of the registry's schools and people (ids only, from its events), so that a record
 * names only a school that exists and a teacher of its own school (or of no school: the regional centre,
 * partners), kept by the `scores` consumer. A school registered a moment ago may answer 404 until its
 * event arrives.
 */
@Injectable()
export class Directory {
  @OnEvent(SCHOOL_REGISTERED_V1, SCORES_CONSUMER)
  schoolRegistered({ schoolId }: SchoolRegisteredV1, { manager }: EventContext) {
    return this.knowSchool(manager, schoolId);
  }

  @OnEvent(SCHOOL_UPDATED_V1, SCORES_CONSUMER)
  schoolUpdated({ schoolId }: SchoolUpdatedV1, { manager }: EventContext) {
    return this.knowSchool(manager, schoolId);
  }

  @OnEvent(PERSON_REGISTERED_V1, SCORES_CONSUMER)
  personRegistered(person: PersonRegisteredV1, { manager }: EventContext) {
    return this.knowPerson(manager, person);
  }

  @OnEvent(PERSON_UPDATED_V1, SCORES_CONSUMER)
  personUpdated(person: PersonUpdatedV1, { manager }: EventContext) {
    return this.knowPerson(manager, person);
  }

  constructor(private readonly store: EnrollmentStore) {}

  /** 404 naming `schoolId` for a school the registry does not have. */
  async requireSchool(schoolId: string): Promise<string> {
    const known = await this.store.read((manager) => manager.existsBy(KnownSchool, { schoolId }));
    if (!known) throw schoolNotFound(schoolId);
    return schoolId;
  }

  /**
   * 422 naming `teachers[i].personId` for an unknown person or another school's; teachers the class has
   * already (`current`) stay as they are.
   */
  async requireTeachers(
    teachers: readonly ClassTeacherV1[],
    schoolId: string,
    current: readonly ClassTeacherV1[] = [],
  ): Promise<void> {
    const added = teachers.filter(
      ({ personId }) => !current.some((teacher) => teacher.personId === personId),
    );
    if (added.length === 0) return;
    const people = await this.store.read((manager) =>
      manager.findBy(KnownPerson, { personId: In(added.map((teacher) => teacher.personId)) }),
    );
    teachers.forEach(({ personId }, index) => {
      if (!added.some((teacher) => teacher.personId === personId)) return;
      const person = people.find((each) => each.personId === personId);
      if (!person || (person.schoolId !== null && person.schoolId !== schoolId))
        throw new FieldProblem(
          EnrollmentErrorCode.UNKNOWN_TEACHER,
          422,
          `teachers[${index}].personId`,
          'Not a person of the registry at the class’s school (or of the regional centre or a partner)',
        );
    });
  }

  private async knowSchool(manager: EntityManager, schoolId: string): Promise<void> {
    await manager.upsert(KnownSchool, { schoolId }, ['schoolId']);
  }

  private async knowPerson(manager: EntityManager, person: PersonRegisteredV1): Promise<void> {
    await manager.upsert(KnownPerson, { personId: person.personId, schoolId: person.schoolId ?? null }, [
      'personId',
    ]);
  }
}

import { Injectable } from '@nestjs/common';
import {
  PERSON_REGISTERED_V1,
  PERSON_UPDATED_V1,
  STUDENT_ENROLLED_V1,
  STUDENT_TRANSFERRED_V1,
  type PersonRegisteredV1,
  type StudentEnrolledV1,
  type StudentTransferredV1,
} from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { CodedException } from '@orbita/observability';
import { ProjectsErrorCode } from '@orbita/projects/rpc';
import { OnEvent, type OnEventOptions } from '@orbita/service-host';
import { In, type EntityManager } from 'typeorm';
import { KnownPerson, KnownStudent } from './directory.entity';

/** The durable consumer `projects_directory` of the registry's people and enrollment's students. */
export const DIRECTORY_CONSUMER: OnEventOptions = { durable: 'directory' };

/**
 * The projects service's copy of whom the registry and enrollment place at which school (ids only), so
 * that a school's works and studio applications do not name another school's students and staff. An id
 * not known yet (its event still on its way, or a student not enrolled in a programme class) is taken as
 * given.
 */
@Injectable()
export class Directory {
  @OnEvent(PERSON_REGISTERED_V1, DIRECTORY_CONSUMER)
  personRegistered(person: PersonRegisteredV1, { manager }: EventContext) {
    return knowPerson(manager, person);
  }

  @OnEvent(PERSON_UPDATED_V1, DIRECTORY_CONSUMER)
  personUpdated(person: PersonRegisteredV1, { manager }: EventContext) {
    return knowPerson(manager, person);
  }

  @OnEvent(STUDENT_ENROLLED_V1, DIRECTORY_CONSUMER)
  studentEnrolled({ studentId, schoolId }: StudentEnrolledV1, { manager }: EventContext) {
    return knowStudent(manager, studentId, schoolId);
  }

  @OnEvent(STUDENT_TRANSFERRED_V1, DIRECTORY_CONSUMER)
  studentTransferred({ studentId, toSchoolId }: StudentTransferredV1, { manager }: EventContext) {
    return knowStudent(manager, studentId, toSchoolId);
  }
}

/** The people a request names, each by the field naming them (`teamStudentIds.2`, `mentorPersonId`). */
export interface NamedPeople {
  students?: Readonly<Record<string, string>>;
  /** Teachers and other staff; a field left empty is skipped. */
  staff?: Readonly<Record<string, string | null | undefined>>;
}

/** The fields naming each of these ids: `field.0`, `field.1`… */
export const eachOf = (field: string, ids: readonly string[]): Record<string, string> =>
  Object.fromEntries(ids.map((id, index) => [`${field}.${index}`, id]));

/**
 * 422 naming the field for a student or a staff member known at another school than the one acting
 * (people of the regional centre and of partners may work with any school).
 */
export async function assertOfTheSchool(
  manager: EntityManager,
  schoolId: string,
  { students = {}, staff = {} }: NamedPeople,
): Promise<void> {
  const studentIds = Object.values(students);
  const known =
    studentIds.length > 0 ? await manager.findBy(KnownStudent, { studentId: In(studentIds) }) : [];
  for (const [field, studentId] of Object.entries(students)) {
    const student = known.find((candidate) => candidate.studentId === studentId);
    if (student && student.schoolId !== schoolId)
      throw outsideSchool(field, 'The student is enrolled at another school');
  }
  for (const [field, personId] of Object.entries(staff)) {
    const person = personId ? await manager.findOneBy(KnownPerson, { personId }) : null;
    if (person?.schoolId && person.schoolId !== schoolId)
      throw outsideSchool(field, 'The person works at another school');
  }
}

/** The organisation each of these people works for, as far as the registry has told (none for others). */
export async function organisationsOf(
  manager: EntityManager,
  personIds: readonly string[],
): Promise<Map<string, string[]>> {
  const people =
    personIds.length > 0 ? await manager.findBy(KnownPerson, { personId: In([...personIds]) }) : [];
  return new Map(people.map((person) => [person.personId, [person.organisationId]]));
}

const outsideSchool = (field: string, message: string) =>
  new CodedException(ProjectsErrorCode.OUTSIDE_SCHOOL, 422, message, [{ field, message }]);

async function knowPerson(manager: EntityManager, person: PersonRegisteredV1): Promise<void> {
  await manager.upsert(
    KnownPerson,
    { personId: person.personId, organisationId: person.organisationId, schoolId: person.schoolId ?? null },
    ['personId'],
  );
}

async function knowStudent(manager: EntityManager, studentId: string, schoolId: string): Promise<void> {
  await manager.upsert(KnownStudent, { studentId, schoolId }, ['studentId']);
}

import { demoClassStudents, type DemoStudent } from '@orbita/enrollment/classes';
import type { OneRosterRecord } from '@orbita/integration/simulator';
import { DEMO_SCHOOLS } from '@orbita/registry/demo-data';
import { DEMO_ROSTER_DIVERGENCES, demoRosterYear, siriusDemoRoster } from './sirius-demo-roster';

const TODAY = '2026-12-07';
const roster = siriusDemoRoster(TODAY);
const role = (user: OneRosterRecord) => (user['roles'] as { role: string }[])[0]?.role;
const students = roster.users.filter((user) => role(user) === 'student');
const key = (person: { surname: string; name: string; patronymic: string; birthDate: string }) =>
  [person.surname, person.name, person.patronymic, person.birthDate].join('|');
const userKey = (user: OneRosterRecord) =>
  key({
    surname: user['familyName'] as string,
    name: user['givenName'] as string,
    patronymic: user['middleName'] as string,
    birthDate: (user['metadata'] as { birthDate: string }).birthDate,
  });
const withoutPatronymic = (person: string) =>
  person
    .split('|')
    .filter((_, index) => index !== 2)
    .join('|');

const { schoolYear, cohort } = demoRosterYear(TODAY);
const ours = demoClassStudents(schoolYear, cohort);
const ourStudents: DemoStudent[] = ours.flatMap((group) => group.students);
const ourKeys = new Set(ourStudents.map(key));
const classOf = (user: OneRosterRecord) =>
  roster.enrollments.find(
    (enrollment) => (enrollment['user'] as { sourcedId: string }).sourcedId === user.sourcedId,
  )?.['class'] as { sourcedId: string } | undefined;

describe('the Sirius.Schools demo roster', () => {
  it('has seed 000’s registrations: 177 student accounts and 37 teachers, 214 in all, in the eight schools and eleven classes', () => {
    expect(roster.users).toHaveLength(214);
    expect(students).toHaveLength(177);
    expect(roster.users.filter((user) => role(user) === 'teacher')).toHaveLength(37);
    expect(roster.orgs.map((org) => org.sourcedId)).toEqual(
      DEMO_SCHOOLS.map((school) => `org-${school.key}`),
    );
    expect(roster.classes).toHaveLength(11);
    expect(new Set(roster.users.map((user) => user.sourcedId)).size).toBe(214);
  });

  it('holds the enrollment demo’s students of the current school year, but for the divergences', () => {
    expect(schoolYear).toBe(2026);
    const matched = students.filter((user) => ourKeys.has(userKey(user)));
    // 177 ours − 3 not registered − 2 written otherwise, and the duplicate's second account.
    expect(matched).toHaveLength(177 - 3 - 2 + 1);
    const platformKeys = new Set(students.map(userKey));
    const missing = ourStudents.filter((student) => !platformKeys.has(key(student)));
    expect(missing).toHaveLength(3 + 2);
  });

  it('leaves out three of ours and registers two people of its own', () => {
    const platformNames = new Set(students.map((user) => withoutPatronymic(userKey(user))));
    const unregistered = DEMO_ROSTER_DIVERGENCES.notRegistered.map(
      (place) => ours[place.group].students[place.student],
    );
    for (const student of unregistered)
      expect(platformNames.has(withoutPatronymic(key(student)))).toBe(false);
    const ourNames = new Set(ourStudents.map((student) => withoutPatronymic(key(student))));
    expect(students.filter((user) => !ourNames.has(withoutPatronymic(userKey(user))))).toHaveLength(2);
  });

  it('has one of ours twice, one in the class of another grade and two with the patronymic written otherwise', () => {
    const { duplicated, otherGrade } = DEMO_ROSTER_DIVERGENCES;
    const twice = key(ours[duplicated.group].students[duplicated.student]);
    const accounts = students.filter((user) => userKey(user) === twice);
    expect(accounts).toHaveLength(2);
    expect(new Set(accounts.map((user) => classOf(user)?.sourcedId))).toEqual(new Set(['class-02']));

    const moved = students.find(
      (user) => userKey(user) === key(ours[otherGrade.from.group].students[otherGrade.from.student]),
    );
    expect(ours[otherGrade.from.group].group.grade).toBe(7);
    expect(moved?.['grades']).toEqual(['07']);
    expect(classOf(moved as OneRosterRecord)?.sourcedId).toBe('class-09');
    expect(roster.classes.find((record) => record.sourcedId === 'class-09')?.['grades']).toEqual(['10']);

    const byNames = new Map(ourStudents.map((student) => [withoutPatronymic(key(student)), student]));
    const renamed = students.filter((user) => {
      const our = byNames.get(withoutPatronymic(userKey(user)));
      return our !== undefined && our.patronymic !== user['middleName'];
    });
    expect(renamed.map((user) => classOf(user)?.sourcedId)).toEqual(['class-03', 'class-06']);
  });

  it('enrols every registered person in a class but the one teacher not yet in any', () => {
    expect(roster.enrollments).toHaveLength(213);
    expect(roster.users.filter((user) => !classOf(user)).map(role)).toEqual(['teacher']);
  });
});

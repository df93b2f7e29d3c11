import { generatedRegionRoster } from './generated-region';

describe('generatedRegionRoster', () => {
  it('makes the people asked for, each in one class of a school of the region, every reference resolving', () => {
    const roster = generatedRegionRoster({ schools: 10, people: 1_000, seed: 3 });
    expect(roster.orgs).toHaveLength(10);
    expect(roster.users).toHaveLength(1_000);
    expect(roster.enrollments).toHaveLength(1_000);
    expect(new Set(roster.users.map((user) => user.sourcedId)).size).toBe(1_000);

    const schools = new Set(roster.orgs.map((org) => org.sourcedId));
    const classes = new Map(roster.classes.map((item) => [item.sourcedId, item]));
    const users = new Set(roster.users.map((user) => user.sourcedId));
    for (const enrollment of roster.enrollments) {
      const ref = (field: string) => (enrollment[field] as { sourcedId: string }).sourcedId;
      expect(users.has(ref('user'))).toBe(true);
      expect(classes.get(ref('class'))?.['school']).toEqual(
        expect.objectContaining({ sourcedId: ref('school') }),
      );
      expect(schools.has(ref('school'))).toBe(true);
    }
    const classSchools = new Set(
      roster.classes.map((item) => (item['school'] as { sourcedId: string }).sourcedId),
    );
    expect(classSchools).toEqual(schools);
    const teachers = roster.enrollments.filter((enrollment) => enrollment['role'] === 'teacher');
    expect(teachers).toHaveLength(3 * roster.classes.length);
  });

  it('is the same for the same seed, and other people for another', () => {
    const options = { schools: 3, people: 100 };
    expect(generatedRegionRoster({ ...options, seed: 1 })).toEqual(
      generatedRegionRoster({ ...options, seed: 1 }),
    );
    const names = (seed: number) =>
      generatedRegionRoster({ ...options, seed }).users.map((user) => user['familyName']);
    expect(names(2)).not.toEqual(names(1));
  });
});

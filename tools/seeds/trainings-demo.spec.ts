import { demoTeachersNeeded } from '@orbita/enrollment/classes';
import { DEMO_TRAININGS } from '@orbita/registry/demo-data';
import { demoTrainingAttendees } from './trainings-demo';

describe('the demo trainings of teachers', () => {
  it('train 31 of the demo classes’ 36 teachers (seed 000), a course; all 36 attend the webinar', () => {
    // Each school's programme teachers, as the enrollment seed hands them to the classes.
    const classTeachers = [...demoTeachersNeeded()].map(([school, needed]) =>
      Array.from({ length: needed }, (_, k) => `${school} ${k + 1}`),
    );
    expect(classTeachers.flat()).toHaveLength(36);
    const attendees = new Map(
      DEMO_TRAININGS.map((training) => [
        training.kind,
        demoTrainingAttendees(classTeachers, training.absent),
      ]),
    );
    expect(new Set(attendees.get('course')).size).toBe(31);
    expect(new Set(attendees.get('webinar')).size).toBe(36);
    // The absent are one teacher of each of five schools, none of a school with a single teacher.
    const absent = classTeachers.flat().filter((teacher) => !attendees.get('course')?.includes(teacher));
    expect(new Set(absent.map((teacher) => teacher.replace(/ \d+$/, ''))).size).toBe(5);
    expect(classTeachers.slice(0, 5).every((teachers) => teachers.length > 1)).toBe(true);
  });
});

import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { REGISTRATIONS_COUNTED_V1 } from './registrations-counted';

const paths = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((error) =>
    error.children?.length
      ? paths(error.children, `${prefix}${error.property}.`)
      : [`${prefix}${error.property}`],
  );
const problems = (plain: object) =>
  paths(
    validateSync(plainToInstance(REGISTRATIONS_COUNTED_V1.payload, plain), { forbidUnknownValues: true }),
  );

const school = {
  schoolExternalId: 'org-lyceum-1-tomsk',
  schoolIdentifier: 'lyceum-1-tomsk',
  students: 50,
  teachers: 8,
  classes: [{ classExternalId: 'class-01', students: 26, teachers: 4 }],
};

describe('integration.registrations.counted.v1', () => {
  it('takes a well-formed payload', () => {
    expect(
      problems({
        runId: randomUUID(),
        countedAt: '2026-12-07T10:00:00.000Z',
        registered: 58,
        schools: [school],
      }),
    ).toEqual([]);
  });

  it('refuses a malformed payload, naming the field', () => {
    expect(
      problems({
        runId: 'not-a-uuid',
        countedAt: 'yesterday',
        registered: -1,
        schools: [{ ...school, classes: [{ classExternalId: '', students: 1.5, teachers: 0 }] }],
      }),
    ).toEqual([
      'runId',
      'countedAt',
      'registered',
      'schools.0.classes.0.classExternalId',
      'schools.0.classes.0.students',
    ]);
  });
});

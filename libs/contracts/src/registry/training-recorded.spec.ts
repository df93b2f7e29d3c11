import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { TRAINING_RECORDED_V1 } from './training-recorded';

const problems = (plain: object) =>
  validateSync(plainToInstance(TRAINING_RECORDED_V1.payload, plain), { forbidUnknownValues: true }).map(
    (error) => error.property,
  );

const training = {
  trainingId: randomUUID(),
  kind: 'course',
  startsOn: '2024-10-14',
  endsOn: '2024-10-25',
  schoolYear: 2024,
  attendees: [{ personId: randomUUID(), schoolId: randomUUID() }],
  version: 1,
};

describe('registry.training.recorded.v1', () => {
  it('takes a well-formed payload', () => {
    expect(problems(training)).toEqual([]);
    expect(problems({ ...training, activityId: randomUUID(), attendees: [] })).toEqual([]);
  });

  it('refuses a malformed payload', () => {
    expect(
      problems({
        ...training,
        trainingId: 'not-a-uuid',
        kind: 'seminar',
        startsOn: '14.10.2024',
        attendees: [{ personId: randomUUID() }],
        version: 0,
      }),
    ).toEqual(['trainingId', 'kind', 'startsOn', 'attendees', 'version']);
  });
});

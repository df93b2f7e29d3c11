import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { WORK_NOMINATED_V1 } from './work-nominated';

const problems = (plain: object) =>
  validateSync(plainToInstance(WORK_NOMINATED_V1.payload, plain), { forbidUnknownValues: true }).map(
    (error) => error.property,
  );

const nomination = () => ({
  finalStageId: randomUUID(),
  seasonId: randomUUID(),
  schoolYear: 2025,
  schoolId: randomUUID(),
  workIds: [randomUUID(), randomUUID()],
});

describe('projects.work.nominated.v1', () => {
  it('takes a well-formed payload, an empty list of works included', () => {
    expect(problems(nomination())).toEqual([]);
    expect(problems({ ...nomination(), workIds: [] })).toEqual([]);
  });

  it('refuses a malformed payload', () => {
    const id = randomUUID();
    expect(problems({ ...nomination(), schoolId: 'not-a-uuid', workIds: [id, id] })).toEqual([
      'schoolId',
      'workIds',
    ]);
  });
});

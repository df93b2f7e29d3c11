import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { EXPERT_ASSIGNED_V1 } from './expert-assigned';

const problems = (plain: object) =>
  validateSync(plainToInstance(EXPERT_ASSIGNED_V1.payload, plain), { forbidUnknownValues: true }).map(
    (error) => error.property,
  );

const assignment = () => ({
  expertPersonId: randomUUID(),
  stageId: randomUUID(),
  seasonId: randomUUID(),
  stageKind: 'school',
  stageEndsOn: '2026-03-30',
  workIds: [randomUUID()],
  automatic: false,
});

describe('projects.expert.assigned.v1', () => {
  it('takes a well-formed payload', () => {
    expect(problems(assignment())).toEqual([]);
  });

  it('refuses a malformed payload', () => {
    expect(
      problems({ ...assignment(), expertPersonId: 'x', stageEndsOn: '30.03.2026', workIds: [] }),
    ).toEqual(['expertPersonId', 'stageEndsOn', 'workIds']);
  });
});

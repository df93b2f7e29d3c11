import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { PROTOCOL_ROWS_PER_CHUNK, ProtocolRowsRecordedV1 } from './protocol-rows-recorded';

const chunk = (rows: unknown[]) => ({
  protocolId: randomUUID(),
  versionId: randomUUID(),
  workId: randomUUID(),
  schoolId: randomUUID(),
  chunkIndex: 0,
  chunkCount: 1,
  rows,
});
const problems = (plain: object) =>
  validateSync(plainToInstance(ProtocolRowsRecordedV1, plain), { forbidUnknownValues: true }).flatMap((error) => Object.values(error.constraints ?? {}));
const row = { participantCode: '2024-MATH7-S01-0001', classLabel: '7А', scores: [1, 0.5, 0], total: 1.5 };

describe('assessments.protocol.rows-recorded.v1 rows', () => {
  it('takes a full chunk of well-formed rows', () => {
    expect(problems(chunk(Array.from({ length: PROTOCOL_ROWS_PER_CHUNK }, () => row)))).toEqual([]);
    expect(problems(chunk([{ ...row, participantCode: 'x'.repeat(50), classLabel: '', scores: [] }]))).toEqual([]);
  });

  it('names the rows and fields that break the rules, as class-validator would judge them', () => {
    const broken = [
      row,
      { ...row, participantCode: '' },
      { ...row, classLabel: 'x'.repeat(21), total: 1.255 },
      { ...row, scores: [1, '2'] },
      { participantCode: 'A', classLabel: '7А', scores: [Infinity] },
      [],
      null,
    ];
    expect(problems(chunk(broken))).toEqual([
      expect.stringContaining('broken: 1 (participantCode), 2 (classLabel, total), 3 (scores), 4 (scores, total), 5 (not an object)'),
    ]);
    expect(problems(chunk(Array.from({ length: PROTOCOL_ROWS_PER_CHUNK + 1 }, () => row)))).toEqual([expect.stringContaining('must contain no more than 500')]);
  });
});

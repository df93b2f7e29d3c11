import { demoProtocolRows } from './demo-protocol-rows';
import { DEMO_WORKS } from './seed-works-demo';

const [intermediate, , final] = DEMO_WORKS;
const codes = Array.from(
  { length: 30 },
  (_, index) => `2024-MATH7-S04-${String(index + 1).padStart(4, '0')}`,
);
const total = (scores: number[]) => scores.reduce((sum, score) => sum + score, 0);
const mean = (rows: { scores: number[] }[], maxTotal: number) =>
  rows.reduce((sum, row) => sum + total(row.scores), 0) / rows.length / maxTotal;

describe('demo protocol rows', () => {
  it('are the same every time, within each task’s maximum, by participant code and class of the grade', () => {
    const rows = demoProtocolRows(intermediate, 3, codes);
    expect(demoProtocolRows(intermediate, 3, codes)).toEqual(rows);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length).toBeLessThan(codes.length);
    for (const row of rows) {
      expect(codes).toContain(row.participantCode);
      expect(['7А', '7Б']).toContain(row.classLabel);
      row.scores.forEach((score, task) =>
        expect(score).toBeLessThanOrEqual(intermediate.tasks[task].maxScore),
      );
    }
    expect(new Set(rows.map((row) => total(row.scores))).size).toBeGreaterThan(5);
  });

  it('differ between schools, and most participants of the intermediate work sit the final one, doing better', () => {
    expect(demoProtocolRows(intermediate, 4, codes)).not.toEqual(demoProtocolRows(intermediate, 3, codes));
    const before = demoProtocolRows(intermediate, 3, codes);
    const after = demoProtocolRows(final, 3, codes);
    const both = before.filter((row) => after.some((other) => other.participantCode === row.participantCode));
    expect(both.length).toBeGreaterThan(before.length / 2);
    const maxTotal = (work: typeof intermediate) => total(work.tasks.map((task) => task.maxScore));
    expect(mean(after, maxTotal(final))).toBeGreaterThan(mean(before, maxTotal(intermediate)));
  });
});

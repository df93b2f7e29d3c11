import type { WorkKind } from '@orbita/contracts';

/** What a demo protocol row is made of: no names, a participant code only. */
export interface DemoProtocolRow {
  participantCode: string;
  classLabel: string;
  scores: number[];
}

/** The part of a work the demo scores depend on. */
export interface DemoWorkShape {
  kind: WorkKind;
  grades: readonly number[];
  tasks: readonly { maxScore: number }[];
}

/** Share of a school's issued codes whose holders sat a work (the rest were absent or left the programme). */
const ATTENDANCE = 0.85;
/** How much a participant's ability grows from the intermediate to the final work, on average (logits). */
const MEAN_GROWTH = 0.4;

/**
 * Plausible, deterministic scores of one school's demo protocol: each participant (by position in the
 * school's codes) has an ability drawn from a seeded generator around the school's own level, and earns
 * each point of a task with a chance that falls with the task's place in the work (later tasks are harder).
 * The same participant of the same school has the same ability in every work, grown a little by the final
 * one, so intermediate → final progress shows.
 */
export function demoProtocolRows(
  work: DemoWorkShape,
  schoolIndex: number,
  codes: readonly string[],
): DemoProtocolRow[] {
  const schoolLevel = (random(`school ${schoolIndex}`)() - 0.5) * 1.4;
  const schoolGrowth = MEAN_GROWTH + (random(`growth ${schoolIndex}`)() - 0.5) * 0.5;
  const grade = Math.min(...work.grades);
  const rows: DemoProtocolRow[] = [];
  codes.forEach((participantCode, index) => {
    const participant = random(`participant ${schoolIndex}/${index}`);
    const ability =
      schoolLevel +
      normal(participant) +
      (work.kind === 'final' ? schoolGrowth + 0.3 * normal(participant) : 0);
    const sitting = random(`${work.kind} ${schoolIndex}/${index}`);
    if (sitting() > ATTENDANCE) return;
    const scores = work.tasks.map(({ maxScore }, task) => {
      const difficulty = -1.3 + (2.6 * task) / Math.max(1, work.tasks.length - 1);
      const chance = 1 / (1 + Math.exp(-1.4 * (ability - difficulty)));
      let score = 0;
      for (let point = 0; point < maxScore; point++) if (sitting() < chance) score++;
      return score;
    });
    // Two classes of the grade, the codes split between them in the order issued.
    rows.push({ participantCode, classLabel: `${grade}${index < codes.length / 2 ? 'А' : 'Б'}`, scores });
  });
  return rows;
}

/** A standard normal draw (Box–Muller). */
function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** mulberry32 seeded with the FNV-1a hash of `seed`: numbers in [0, 1), the same for the same seed. */
function random(seed: string): () => number {
  let state = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++)
    state = Math.imul(state ^ seed.charCodeAt(index), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

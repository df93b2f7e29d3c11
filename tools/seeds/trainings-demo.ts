// The demo's trainings of teachers (seed 000: 31 trained): recorded over the registry's request/reply API
// once the enrollment seed has registered every teacher the classes need, since the attendees must exist.
import { demoShiftDays, schoolYearOf, shiftIsoDate } from '@orbita/contracts';
import type { RpcClient } from '@orbita/messaging';
import { DEMO_TRAININGS, type DemoTraining } from '@orbita/registry/demo-data';
import { ROADMAP_RPC, type RecordTrainingCommand } from '@orbita/registry/rpc';

const PROGRAMME = 'sirius_partner_schools';

/**
 * The attendees of a demo training: every programme teacher (each school's first `needed`, as the classes
 * take them) but the newest teacher of the first `absent` schools.
 */
export function demoTrainingAttendees(
  classTeachers: readonly (readonly string[])[],
  absent: number,
): string[] {
  return classTeachers.flatMap((teachers, school) =>
    school < absent ? teachers.slice(0, -1) : [...teachers],
  );
}

/**
 * Records DEMO_TRAININGS in 2024/25 and, moved by whole days as the roadmap is, in the school year of
 * `today`, each as an outcome of its roadmap activity when that year's roadmap has it. Idempotent: a
 * year's training with the same title is left alone. `classTeachers`: per school, its programme teachers.
 */
export async function seedTrainingsDemo(
  rpc: RpcClient,
  classTeachers: readonly (readonly string[])[],
  today: string,
): Promise<number> {
  const days = demoShiftDays(today);
  const years = new Map<number, number>([[2024, 0]]);
  if (schoolYearOf(today) > 2024) years.set(schoolYearOf(today), days);
  let recorded = 0;
  for (const [schoolYear, shift] of years) {
    const existing = new Set(
      (await rpc.request(ROADMAP_RPC.listTrainings, { schoolYear })).map((training) => training.title),
    );
    const activities = await activityIds(rpc, schoolYear);
    for (const training of DEMO_TRAININGS) {
      if (existing.has(training.title)) continue;
      await rpc.request(ROADMAP_RPC.recordTraining, command(training, shift, activities, classTeachers));
      recorded++;
    }
  }
  return recorded;
}

function command(
  training: DemoTraining,
  shift: number,
  activities: ReadonlyMap<string, string>,
  classTeachers: readonly (readonly string[])[],
): RecordTrainingCommand {
  const activityId = activities.get(training.activityNumber);
  return {
    kind: training.kind,
    title: training.title,
    provider: training.provider,
    startsOn: shiftIsoDate(training.startsOn, shift),
    endsOn: shiftIsoDate(training.endsOn, shift),
    ...(training.hours && { hours: training.hours }),
    ...(activityId && { activityId }),
    personIds: demoTrainingAttendees(classTeachers, training.absent),
  };
}

/** The programme's roadmap activities of the year by number; none when the year has no roadmap. */
async function activityIds(rpc: RpcClient, schoolYear: number): Promise<Map<string, string>> {
  const { items: roadmaps } = await rpc.request(ROADMAP_RPC.listRoadmaps, {
    programmeCode: PROGRAMME,
    schoolYear,
  });
  if (roadmaps.length === 0) return new Map();
  const { items } = await rpc.request(ROADMAP_RPC.listActivities, {
    roadmapId: roadmaps[0].id,
    pageSize: 200,
  });
  return new Map(items.map((activity) => [activity.number, activity.id]));
}

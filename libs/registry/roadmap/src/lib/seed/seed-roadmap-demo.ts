import { demoShiftDays, schoolYearOf, shiftIsoDate, type RoadmapActivityStatus } from '@orbita/contracts';
import type { UnitOfWork } from '@orbita/messaging';
import {
  DEMO_OTHER_ORGANISATIONS,
  DEMO_PARTNERS,
  DEMO_PEOPLE,
  DEMO_PROGRAMMES,
  DEMO_REGIONAL_CENTRE,
  DEMO_ROADMAP,
  DEMO_SCHOOLS,
  type DemoRoadmapActivity,
  type RoadmapWindow,
} from '@orbita/registry/demo-data';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Roadmap } from '../entities/roadmap.entity';
import { RoadmapActivity } from '../entities/roadmap-activity.entity';
import { RoadmapDeliverable } from '../entities/roadmap-deliverable.entity';
import { RoadmapStage } from '../entities/roadmap-stage.entity';
import { deadlinesOf, type ActivityWindow, type IsoDate, type Milestone } from '../schedule/schedule';

/** One school year of the demo roadmap. */
interface DemoYear {
  schoolYear: number;
  title: string;
  approvedBy: string | null;
  activities: readonly DemoRoadmapActivity[];
  /** The day the statuses are set as of; null leaves every activity planned, as the document has them. */
  today: IsoDate | null;
}

/** The document as it is: the 2024/25 school year, kept as history. */
const HISTORY: DemoYear = {
  schoolYear: DEMO_ROADMAP.schoolYear,
  title: DEMO_ROADMAP.title,
  approvedBy: DEMO_ROADMAP.approvedBy,
  activities: DEMO_ROADMAP.activities,
  today: null,
};

/**
 * Loads the demo roadmap (seed 001: the Sirius programme's 2024/25 roadmap, 5 stages, 29 activities)
 * and, given `today`, the same roadmap in the current school year (see currentYear), in one
 * transaction. Idempotent: the roadmap, its stages and its activities are found by their natural keys
 * (programme and year, stage number, activity number) and what exists is left alone. People and
 * organisations come from the organisations seed, matched by e-mail and full name; when it has not run,
 * activities get no responsible people or named participants rather than failing.
 */
export async function seedRoadmapDemo(unitOfWork: UnitOfWork, today?: IsoDate): Promise<string> {
  const years =
    today && schoolYearOf(today) > DEMO_ROADMAP.schoolYear ? [HISTORY, currentYear(today)] : [HISTORY];
  return unitOfWork.run(async ({ manager }) => {
    const personIds = await idsByKey(
      manager,
      'SELECT id, email AS key FROM people WHERE email = ANY($1)',
      emailByPersonKey(),
    );
    const organisationIds = await idsByKey(
      manager,
      'SELECT id, full_name AS key FROM organisations WHERE full_name = ANY($1)',
      fullNameByOrganisationKey(),
    );
    const summaries: string[] = [];
    for (const year of years) summaries.push(await seedYear(manager, year, personIds, organisationIds));
    return summaries.join('; ');
  });
}

/**
 * The document moved to the school year of `today` by whole days (demoShiftDays: its December
 * diagnostics fall on today), with the statuses a programme on schedule would have by then: what ended
 * before today done, what has begun in progress, the rest planned. The "Сроки" texts are written anew
 * from the moved dates, since the document's would name the old ones.
 */
function currentYear(today: IsoDate): DemoYear {
  const days = demoShiftDays(today);
  const schoolYear = schoolYearOf(today);
  const moved = (window: DatesWindow): DatesWindow => ({
    ...window,
    from: shiftIsoDate(window.from, days),
    to: shiftIsoDate(window.to, days),
  });
  return {
    schoolYear,
    title: DEMO_ROADMAP.title.replace(
      `${DEMO_ROADMAP.schoolYear}/${DEMO_ROADMAP.schoolYear + 1}`,
      `${schoolYear}/${schoolYear + 1}`,
    ),
    approvedBy: null,
    today,
    activities: DEMO_ROADMAP.activities.map((activity) =>
      activity.window.kind !== 'dates'
        ? activity
        : {
            ...activity,
            window: moved(activity.window),
            windowText: datesText(moved(activity.window)),
            milestones: activity.milestones?.map((milestone) => ({
              ...milestone,
              window: moved(milestone.window),
              windowText: datesText(moved(milestone.window)),
            })),
          },
    ),
  };
}

type DatesWindow = Extract<RoadmapWindow, { kind: 'dates' }>;

/** `до 10.12.2026`, `07.12.2026`, `07.12.2026 – 10.12.2026`. */
function datesText(window: DatesWindow): string {
  const day = (date: IsoDate) => date.split('-').reverse().join('.');
  if (window.fromInferred) return `до ${day(window.to)}`;
  return window.from === window.to ? day(window.to) : `${day(window.from)} – ${day(window.to)}`;
}

/** The status of an activity on schedule as of `today`. */
function statusOn(
  today: IsoDate,
  window: RoadmapWindow,
  deadlines: readonly IsoDate[],
): RoadmapActivityStatus {
  if (deadlines[deadlines.length - 1] < today) return 'done';
  return window.kind !== 'dates' || window.from <= today ? 'in_progress' : 'planned';
}

async function seedYear(
  manager: EntityManager,
  year: DemoYear,
  personIds: ReadonlyMap<string, string>,
  organisationIds: ReadonlyMap<string, string>,
): Promise<string> {
  const roadmap = await ensureRoadmap(manager, year);
  const stageIds = await ensureStages(manager, roadmap.id);
  const existing = new Set(
    (await manager.find(RoadmapActivity, { select: { number: true }, where: { roadmapId: roadmap.id } })).map(
      (activity) => activity.number,
    ),
  );
  let created = 0;
  for (const [position, demo] of year.activities.entries()) {
    if (existing.has(demo.number)) continue;
    await insertActivity(manager, {
      roadmap,
      stageId: stageIds.get(demo.stageNumber) ?? '',
      position: position + 1,
      demo,
      today: year.today,
      personIds,
      organisationIds,
    });
    created++;
  }
  const activities = existing.size + created;
  return `roadmap ${year.schoolYear}/${String(year.schoolYear + 1).slice(2)}: ${stageIds.size} stages, ${activities} activities (${created} new)`;
}

async function ensureRoadmap(manager: EntityManager, year: DemoYear): Promise<Roadmap> {
  const programme = DEMO_PROGRAMMES.find((candidate) => candidate.key === DEMO_ROADMAP.programmeKey);
  if (!programme)
    throw new Error(
      `The demo roadmap's programme ${DEMO_ROADMAP.programmeKey} is not among the demo programmes`,
    );
  const key = { programmeCode: programme.kind, schoolYear: year.schoolYear };
  const found = await manager.findOneBy(Roadmap, key);
  if (found) return found;
  const roadmap = manager.create(Roadmap, {
    id: randomUUID(),
    ...key,
    title: year.title,
    approved: true,
    approvedBy: year.approvedBy,
  });
  await manager.insert(Roadmap, roadmap);
  return roadmap;
}

/** Stage id by stage number, creating the missing stages. */
async function ensureStages(manager: EntityManager, roadmapId: string): Promise<Map<number, string>> {
  const stages = await manager.findBy(RoadmapStage, { roadmapId });
  for (const demo of DEMO_ROADMAP.stages) {
    if (stages.some((stage) => stage.number === demo.number)) continue;
    const stage = manager.create(RoadmapStage, {
      id: randomUUID(),
      roadmapId,
      number: demo.number,
      title: demo.title,
    });
    await manager.insert(RoadmapStage, stage);
    stages.push(stage);
  }
  return new Map(stages.map((stage) => [stage.number, stage.id]));
}

interface NewActivity {
  roadmap: Roadmap;
  stageId: string;
  position: number;
  demo: DemoRoadmapActivity;
  today: IsoDate | null;
  personIds: ReadonlyMap<string, string>;
  organisationIds: ReadonlyMap<string, string>;
}

async function insertActivity(
  manager: EntityManager,
  { roadmap, stageId, position, demo, today, personIds, organisationIds }: NewActivity,
): Promise<void> {
  const window = windowOf(demo.window);
  const milestones: Milestone[] = (demo.milestones ?? []).map((milestone) => ({
    label: milestone.label ?? null,
    from: knownStart(milestone.window),
    to: milestone.window.to,
    text: milestone.windowText,
  }));
  const deadlines = deadlinesOf(window, milestones, roadmap.schoolYear);
  const id = randomUUID();
  await manager.insert(RoadmapActivity, {
    id,
    roadmapId: roadmap.id,
    stageId,
    number: demo.number,
    position,
    title: demo.title,
    details: demo.details ?? [],
    participantKinds: demo.participants,
    participantsText: demo.participantsText,
    windowKind: window.kind,
    windowFrom: window.kind === 'dates' ? window.from : null,
    windowTo: window.kind === 'dates' ? window.to : null,
    windowText: demo.windowText,
    milestones,
    deadlines,
    windowEnd: deadlines[deadlines.length - 1],
    status: today === null ? 'planned' : statusOn(today, demo.window, deadlines),
    responsibleRoles: demo.responsibleRoles,
  });
  if (demo.deliverables.length > 0) {
    await manager.insert(
      RoadmapDeliverable,
      demo.deliverables.map((title, index) => ({
        id: randomUUID(),
        activityId: id,
        position: index + 1,
        title,
      })),
    );
  }
  const people = resolved(demo.responsiblePersonKeys, personIds);
  if (people.length > 0) {
    await manager.query(
      'INSERT INTO roadmap_activity_responsibles (activity_id, person_id) SELECT $1, unnest($2::uuid[])',
      [id, people],
    );
  }
  const organisations = resolved(demo.participantOrganisationKeys, organisationIds);
  if (organisations.length > 0) {
    await manager.query(
      'INSERT INTO roadmap_activity_participants (activity_id, organisation_id) SELECT $1, unnest($2::uuid[])',
      [id, organisations],
    );
  }
}

function windowOf(window: RoadmapWindow): ActivityWindow {
  return window.kind === 'dates' ? { kind: 'dates', from: knownStart(window), to: window.to } : window;
}

/** A start the roadmap document does not give (the demo data inferred it) is left out, not invented. */
const knownStart = (window: Extract<RoadmapWindow, { kind: 'dates' }>) =>
  window.fromInferred ? null : window.from;

function emailByPersonKey(): Map<string, string> {
  return new Map(DEMO_PEOPLE.map((person) => [person.key, person.email.toLowerCase()]));
}

function fullNameByOrganisationKey(): Map<string, string> {
  const organisations = [
    DEMO_REGIONAL_CENTRE,
    ...DEMO_SCHOOLS,
    ...DEMO_PARTNERS,
    ...DEMO_OTHER_ORGANISATIONS,
  ];
  return new Map(organisations.map((organisation) => [organisation.key, organisation.fullName]));
}

/** Demo key → database id, for the keys whose natural key (`naturalKeys`) the query finds. */
async function idsByKey(
  manager: EntityManager,
  sql: string,
  naturalKeys: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const rows: { id: string; key: string }[] = await manager.query(sql, [[...naturalKeys.values()]]);
  const idByNaturalKey = new Map(rows.map((row) => [row.key, row.id]));
  return new Map(
    [...naturalKeys].flatMap(([key, natural]) =>
      idByNaturalKey.has(natural) ? [[key, idByNaturalKey.get(natural) as string]] : [],
    ),
  );
}

const resolved = (keys: readonly string[], ids: ReadonlyMap<string, string>) =>
  keys.flatMap((key) => ids.get(key) ?? []);

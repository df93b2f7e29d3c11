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
import { deadlinesOf, type ActivityWindow, type Milestone } from '../schedule/schedule';

/**
 * Loads the demo roadmap (seed 001: the Sirius programme's 2024/25 roadmap, 5 stages, 29 activities)
 * in one transaction. Idempotent: the roadmap, its stages and its activities are found by their natural
 * keys (programme and year, stage number, activity number) and what exists is left alone. People and
 * organisations come from the organisations seed, matched by e-mail and full name; when it has not run,
 * activities get no responsible people or named participants rather than failing.
 */
export async function seedRoadmapDemo(unitOfWork: UnitOfWork): Promise<string> {
  return unitOfWork.run(async ({ manager }) => {
    const roadmap = await ensureRoadmap(manager);
    const stageIds = await ensureStages(manager, roadmap.id);
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
    const existing = new Set(
      (
        await manager.find(RoadmapActivity, { select: { number: true }, where: { roadmapId: roadmap.id } })
      ).map((activity) => activity.number),
    );
    let created = 0;
    for (const [position, demo] of DEMO_ROADMAP.activities.entries()) {
      if (existing.has(demo.number)) continue;
      await insertActivity(
        manager,
        roadmap,
        stageIds.get(demo.stageNumber) ?? '',
        position + 1,
        demo,
        personIds,
        organisationIds,
      );
      created++;
    }
    const activities = existing.size + created;
    return `roadmap ${DEMO_ROADMAP.schoolYear}/${String(DEMO_ROADMAP.schoolYear + 1).slice(2)}: ${stageIds.size} stages, ${activities} activities (${created} new)`;
  });
}

async function ensureRoadmap(manager: EntityManager): Promise<Roadmap> {
  const programme = DEMO_PROGRAMMES.find((candidate) => candidate.key === DEMO_ROADMAP.programmeKey);
  if (!programme)
    throw new Error(
      `The demo roadmap's programme ${DEMO_ROADMAP.programmeKey} is not among the demo programmes`,
    );
  const key = { programmeCode: programme.kind, schoolYear: DEMO_ROADMAP.schoolYear };
  const found = await manager.findOneBy(Roadmap, key);
  if (found) return found;
  const roadmap = manager.create(Roadmap, {
    id: randomUUID(),
    ...key,
    title: DEMO_ROADMAP.title,
    approved: true,
    approvedBy: DEMO_ROADMAP.approvedBy,
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

async function insertActivity(
  manager: EntityManager,
  roadmap: Roadmap,
  stageId: string,
  position: number,
  demo: DemoRoadmapActivity,
  personIds: ReadonlyMap<string, string>,
  organisationIds: ReadonlyMap<string, string>,
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
    status: 'planned',
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

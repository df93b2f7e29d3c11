import { Injectable } from '@nestjs/common';
import {
  ProjectsErrorCode,
  type CreateSeasonCommand,
  type ListScheduleQuery,
  type SaveSectionCommand,
  type ScheduleEntryView,
  type ScheduleWorkCommand,
  type SeasonView,
  type SectionView,
} from '@orbita/projects/rpc';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  duplicateSeason,
  FieldProblem,
  seasonNotFound,
  stageClosed,
  stageNotFound,
} from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import type { Reader } from '../shared/reader';
import { findWork, readableWorks, REGION_READER } from '../works/works.service';
import {
  ScheduleEntry,
  scheduleEntryView,
  Season,
  Section,
  sectionView,
  Stage,
  stageView,
} from './season.entity';
import { stageDatesOf, stageDatesProblem } from './stage-dates';

/** Seasons with their two stages, the sections by subject area, and the schedule of works. */
@Injectable()
export class SeasonsService {
  constructor(private readonly store: ProjectsStore) {}

  create(command: CreateSeasonCommand): Promise<SeasonView> {
    const stages = stageDatesOf(command);
    const problem = stageDatesProblem(stages);
    if (problem)
      throw new FieldProblem(ProjectsErrorCode.STAGE_DATES_INVALID, 422, problem.field, problem.message);
    return this.store.write(async (tx) => {
      if (await tx.manager.existsBy(Season, { schoolYear: command.schoolYear })) throw duplicateSeason();
      const season = await tx.manager.save(
        tx.manager.create(Season, { id: randomUUID(), schoolYear: command.schoolYear }),
      );
      await tx.manager.save(
        stages.map((dates) =>
          tx.manager.create(Stage, { id: randomUUID(), seasonId: season.id, ...dates, status: 'open' }),
        ),
      );
      return seasonView(tx.manager, season);
    });
  }

  list(): Promise<SeasonView[]> {
    return this.store.read(async (manager) => {
      const seasons = await manager.find(Season, { order: { schoolYear: 'DESC' } });
      return Promise.all(seasons.map((season) => seasonView(manager, season)));
    });
  }

  get(id: string): Promise<SeasonView> {
    return this.store.read(async (manager) => {
      const season = await manager.findOneBy(Season, { id });
      if (!season) throw seasonNotFound(id);
      return seasonView(manager, season);
    });
  }

  saveSection(command: SaveSectionCommand): Promise<SectionView> {
    return this.store.write(async (tx) => {
      if (!(await tx.manager.existsBy(Season, { id: command.seasonId })))
        throw seasonNotFound(command.seasonId, 'seasonId');
      const existing = await tx.manager.findOneBy(Section, {
        seasonId: command.seasonId,
        subjectArea: command.subjectArea,
      });
      const section = existing ?? tx.manager.create(Section, { id: randomUUID(), ...command });
      Object.assign(section, { title: command.title, expertIds: command.expertIds });
      return sectionView(await tx.manager.save(section));
    });
  }

  schedule(command: ScheduleWorkCommand): Promise<ScheduleEntryView> {
    return this.store.write(async (tx) => {
      const work = await findWork(tx.manager, command.workId, REGION_READER);
      const stage = await findOpenStage(tx.manager, command.stageId, work.seasonId);
      if (command.day < stage.startsOn || command.day > stage.endsOn)
        throw new FieldProblem(
          ProjectsErrorCode.DAY_OUTSIDE_STAGE,
          422,
          'day',
          `The stage runs from ${stage.startsOn} to ${stage.endsOn}`,
        );
      const entry = tx.manager.create(ScheduleEntry, {
        workId: work.id,
        stageId: stage.id,
        day: command.day,
        place: command.place ?? null,
        onlineLink: command.onlineLink ?? null,
        position: command.position,
      });
      return scheduleEntryView(await tx.manager.save(entry));
    });
  }

  /** A stage's schedule, by day and turn, of the works the reader may see. */
  listSchedule(query: ListScheduleQuery, reader: Reader): Promise<ScheduleEntryView[]> {
    return this.store.read(async (manager) => {
      if (!(await manager.existsBy(Stage, { id: query.stageId }))) throw stageNotFound(query.stageId);
      const works = readableWorks(manager, reader).select('work.id');
      if (query.subjectArea)
        works.andWhere('work.subjectArea = :subjectArea', { subjectArea: query.subjectArea });
      const entries = await manager
        .createQueryBuilder(ScheduleEntry, 'entry')
        .where('entry.stageId = :stageId', { stageId: query.stageId })
        .andWhere(`entry.workId IN (${works.getQuery()})`)
        .setParameters(works.getParameters())
        .orderBy('entry.day')
        .addOrderBy('entry.position')
        .getMany();
      return entries.map(scheduleEntryView);
    });
  }
}

/**
 * The stage, open and of the work's season, locked for the transaction (a stage of another season
 * answers as a missing one).
 */
export async function findOpenStage(manager: EntityManager, id: string, seasonId: string): Promise<Stage> {
  const stage = await manager.findOne(Stage, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!stage || stage.seasonId !== seasonId) throw stageNotFound(id);
  if (stage.status === 'closed') throw stageClosed();
  return stage;
}

async function seasonView(manager: EntityManager, season: Season): Promise<SeasonView> {
  // The school stage comes first.
  const stages = await manager.find(Stage, { where: { seasonId: season.id }, order: { startsOn: 'ASC' } });
  const sections = await manager.find(Section, {
    where: { seasonId: season.id },
    order: { subjectArea: 'ASC' },
  });
  return {
    id: season.id,
    schoolYear: season.schoolYear,
    stages: stages.map(stageView),
    sections: sections.map(sectionView),
  };
}

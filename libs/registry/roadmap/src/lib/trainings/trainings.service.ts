import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import { schoolYearOf, TRAINING_RECORDED_V1 } from '@orbita/contracts';
import { UnitOfWork, type TransactionContext } from '@orbita/messaging';
import type {
  ListTrainingsQuery,
  RecordTrainingCommand,
  TrainingAttendeeView,
  TrainingView,
  UpdateTrainingCommand,
} from '@orbita/registry/rpc';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { RoadmapActivity } from '../entities/roadmap-activity.entity';
import { Training, TrainingAttendee } from './training.entity';
import {
  AttendeesNotTeachers,
  TrainingActivityNotFound,
  TrainingChanged,
  TrainingDatesInvalid,
  TrainingNotFound,
} from './trainings.exceptions';

interface AttendeeRow {
  training_id: string;
  person_id: string;
  full_name: string;
  school_id: string;
  school_name: string;
}

/**
 * Trainings of teachers (seed 000: courses and webinars by the Sirius centre and the regional centre).
 * Each change announces the training's whole state again (registry.training.recorded.v1, a higher
 * version), so reporting replaces what it holds rather than adding to it.
 */
@Injectable()
export class TrainingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async record(command: RecordTrainingCommand, actor: Actor): Promise<TrainingView> {
    const id = await this.unitOfWork.run(async (tx) => {
      const training = tx.manager.create(Training, {
        id: randomUUID(),
        version: 1,
        recordedBy: actor.userId,
        updatedAt: new Date(),
      });
      await this.save(tx, training, command, 'insert');
      return training.id;
    });
    return this.view(id);
  }

  async update(command: UpdateTrainingCommand, actor: Actor): Promise<TrainingView> {
    await this.unitOfWork.run(async (tx) => {
      const training = await tx.manager.findOne(Training, {
        where: { id: command.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!training) throw new TrainingNotFound(command.id);
      if (training.version !== command.expectedVersion)
        throw new TrainingChanged(command.expectedVersion, training.version);
      Object.assign(training, {
        version: training.version + 1,
        recordedBy: actor.userId,
        updatedAt: new Date(),
      });
      await tx.manager.delete(TrainingAttendee, { trainingId: training.id });
      await this.save(tx, training, command, 'update');
    });
    return this.view(command.id);
  }

  /** A school account sees the trainings its teachers attended, and those attendees only. */
  async list(query: ListTrainingsQuery, scope: SchoolScope): Promise<TrainingView[]> {
    const trainings = await this.dataSource.manager
      .createQueryBuilder(Training, 't')
      .where('t.school_year = :schoolYear', { schoolYear: query.schoolYear })
      .andWhere(query.activityId ? 't.activity_id = :activityId' : 'true', { activityId: query.activityId })
      .andWhere(
        scope === null
          ? 'true'
          : 'EXISTS (SELECT 1 FROM training_attendees a WHERE a.training_id = t.id AND a.school_id = :scope)',
        { scope },
      )
      .orderBy('t.starts_on', 'ASC')
      .addOrderBy('t.title', 'ASC')
      .getMany();
    const attendees = await this.attendeesOf(
      trainings.map((training) => training.id),
      scope,
    );
    return trainings.map((training) => trainingView(training, attendees.get(training.id) ?? []));
  }

  private async view(id: string): Promise<TrainingView> {
    const training = await this.dataSource.manager.findOneBy(Training, { id });
    if (!training) throw new TrainingNotFound(id);
    return trainingView(training, (await this.attendeesOf([id], null)).get(id) ?? []);
  }

  /** Checks the fields, stores the training and its attendees, and announces its whole state. */
  private async save(
    tx: TransactionContext,
    training: Training,
    fields: RecordTrainingCommand,
    how: 'insert' | 'update',
  ): Promise<void> {
    if (fields.endsOn < fields.startsOn) throw new TrainingDatesInvalid(fields.startsOn, fields.endsOn);
    if (fields.activityId && !(await tx.manager.existsBy(RoadmapActivity, { id: fields.activityId })))
      throw new TrainingActivityNotFound(fields.activityId);
    const schoolOf = await teachersSchools(tx.manager, fields.personIds);
    const notTeachers = fields.personIds.flatMap((personId, row) => (schoolOf.has(personId) ? [] : [row]));
    if (notTeachers.length > 0) throw new AttendeesNotTeachers(notTeachers);

    Object.assign(training, {
      kind: fields.kind,
      title: fields.title,
      provider: fields.provider ?? null,
      startsOn: fields.startsOn,
      endsOn: fields.endsOn,
      hours: fields.hours ?? null,
      schoolYear: schoolYearOf(fields.startsOn),
      activityId: fields.activityId ?? null,
    });
    if (how === 'insert') await tx.manager.insert(Training, training);
    else await tx.manager.save(Training, training);
    const attendees = fields.personIds.map((personId) => ({
      trainingId: training.id,
      personId,
      schoolId: schoolOf.get(personId) as string,
    }));
    if (attendees.length > 0) await tx.manager.insert(TrainingAttendee, attendees);
    tx.publish(
      TRAINING_RECORDED_V1,
      {
        trainingId: training.id,
        kind: training.kind,
        startsOn: training.startsOn,
        endsOn: training.endsOn,
        schoolYear: training.schoolYear,
        ...(training.activityId && { activityId: training.activityId }),
        attendees: attendees.map(({ personId, schoolId }) => ({ personId, schoolId })),
        version: training.version,
      },
      { aggregateId: training.id },
    );
  }

  private async attendeesOf(
    trainingIds: string[],
    scope: SchoolScope,
  ): Promise<Map<string, TrainingAttendeeView[]>> {
    const rows: AttendeeRow[] =
      trainingIds.length === 0
        ? []
        : await this.dataSource.query(
            `SELECT a.training_id, a.person_id, a.school_id, o.short_name AS school_name,
                    concat_ws(' ', p.surname, p.name, p.patronymic) AS full_name
               FROM training_attendees a
               JOIN people p ON p.id = a.person_id
               JOIN organisations o ON o.id = a.school_id
              WHERE a.training_id = ANY($1) AND ($2::uuid IS NULL OR a.school_id = $2)
              ORDER BY o.short_name, p.surname, p.name, p.patronymic`,
            [trainingIds, scope],
          );
    const byTraining = new Map<string, TrainingAttendeeView[]>();
    for (const row of rows) {
      const list = byTraining.get(row.training_id) ?? [];
      list.push({
        personId: row.person_id,
        fullName: row.full_name,
        schoolId: row.school_id,
        schoolName: row.school_name,
      });
      byTraining.set(row.training_id, list);
    }
    return byTraining;
  }
}

/** The school of each of these people who is an active teacher of a school; the others are absent. */
async function teachersSchools(manager: EntityManager, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows: { id: string; school_id: string }[] = await manager.query(
    `SELECT p.id, p.organisation_id AS school_id
       FROM people p JOIN organisations o ON o.id = p.organisation_id
      WHERE p.id = ANY($1) AND p.active AND 'teacher' = ANY (p.roles) AND o.kind = 'school'`,
    [personIds],
  );
  return new Map(rows.map((row) => [row.id, row.school_id]));
}

const trainingView = (training: Training, attendees: TrainingAttendeeView[]): TrainingView => ({
  id: training.id,
  kind: training.kind,
  title: training.title,
  provider: training.provider,
  startsOn: training.startsOn,
  endsOn: training.endsOn,
  hours: training.hours,
  schoolYear: training.schoolYear,
  activityId: training.activityId,
  attendees,
  version: training.version,
});

import { Injectable } from '@nestjs/common';
import { WORK_REGISTERED_V1, type Page } from '@orbita/contracts';
import { assertOfTheSchool, eachOf } from '@orbita/projects/directory';
import {
  ProjectsErrorCode,
  WORK_SORT_FIELDS,
  type ListWorksQuery,
  type RegisterWorkCommand,
  type WorkView,
} from '@orbita/projects/rpc';
import { findPage, type PageSpec } from '@orbita/persistence';
import { randomUUID } from 'node:crypto';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { Season, Section } from '../seasons/season.entity';
import { FieldProblem, seasonNotFound, workNotFound } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import { isExpert, type Reader } from '../shared/reader';
import { Work, workView } from './work.entity';

const WORK_PAGE: PageSpec = {
  sortable: {
    title: 'work.title',
    subjectArea: 'work.subjectArea',
    registeredAt: 'work.registeredAt',
    id: 'work.id',
  } satisfies Record<(typeof WORK_SORT_FIELDS)[number], string>,
  defaultSort: 'subjectArea,title,id',
  searchable: ['work.title'],
};

/** The regional centre's own reads: every work. */
export const REGION_READER: Reader = { scope: null };

/** Project and research works of schools; a registration goes out through the outbox. */
@Injectable()
export class WorksService {
  constructor(private readonly store: ProjectsStore) {}

  register(command: RegisterWorkCommand, schoolId: string): Promise<WorkView> {
    return this.store.write(async (tx) => {
      await assertOfTheSchool(tx.manager, schoolId, {
        students: eachOf('authorIds', command.authorIds),
        staff: { supervisorId: command.supervisorId, consultantId: command.consultantId },
      });
      const season = await tx.manager.findOneBy(Season, { id: command.seasonId });
      if (!season) throw seasonNotFound(command.seasonId, 'seasonId');
      if (!(await tx.manager.existsBy(Section, { seasonId: season.id, subjectArea: command.subjectArea })))
        throw new FieldProblem(
          ProjectsErrorCode.SECTION_NOT_FOUND,
          422,
          'subjectArea',
          `The season has no section for ${command.subjectArea}`,
        );
      const work = await tx.manager.save(
        tx.manager.create(Work, {
          id: randomUUID(),
          seasonId: season.id,
          schoolId,
          title: command.title,
          kind: command.kind,
          subjectArea: command.subjectArea,
          authorIds: command.authorIds,
          supervisorId: command.supervisorId,
          partnerOrganisationId: command.partnerOrganisationId ?? null,
          consultantId: command.consultantId ?? null,
          abstract: command.abstract,
        }),
      );
      tx.publish(
        WORK_REGISTERED_V1,
        {
          workId: work.id,
          seasonId: season.id,
          schoolYear: season.schoolYear,
          schoolId,
          kind: work.kind,
          subjectArea: work.subjectArea,
          authorIds: work.authorIds,
          supervisorId: work.supervisorId,
          ...(command.partnerOrganisationId && { partnerOrganisationId: command.partnerOrganisationId }),
          ...(command.consultantId && { consultantId: command.consultantId }),
        },
        { aggregateId: work.id },
      );
      return workView(work);
    });
  }

  get(id: string, reader: Reader): Promise<WorkView> {
    return this.store.read(async (manager) => workView(await findWork(manager, id, reader, 'id')));
  }

  list(query: ListWorksQuery, reader: Reader): Promise<Page<WorkView>> {
    return this.store.read(async (manager) => {
      const builder = readableWorks(manager, reader);
      if (query.seasonId) builder.andWhere('work.seasonId = :seasonId', { seasonId: query.seasonId });
      if (query.schoolId) builder.andWhere('work.schoolId = :schoolId', { schoolId: query.schoolId });
      if (query.subjectArea)
        builder.andWhere('work.subjectArea = :subjectArea', { subjectArea: query.subjectArea });
      const page = await findPage(builder, query, WORK_PAGE);
      return { ...page, items: page.items.map(workView) };
    });
  }
}

/** The work, if the reader may see it; another school's, or one not assigned to the expert, answers 404. */
export async function findWork(
  manager: EntityManager,
  id: string,
  reader: Reader,
  field = 'workId',
): Promise<Work> {
  const work = await readableWorks(manager, reader).andWhere('work.id = :id', { id }).getOne();
  if (!work) throw workNotFound(id, field);
  return work;
}

/** The works the reader may see (alias `work`). */
export function readableWorks(manager: EntityManager, reader: Reader): SelectQueryBuilder<Work> {
  const builder = manager.createQueryBuilder(Work, 'work');
  if (reader.scope !== null) builder.andWhere('work.schoolId = :scope', { scope: reader.scope });
  if (isExpert(reader))
    builder.andWhere(
      'EXISTS (SELECT 1 FROM assignments a WHERE a.work_id = work.id AND a.expert_person_id = :expert)',
      // An expert account without a registry person matches no assignment.
      { expert: reader.expertPersonId },
    );
  return builder;
}

import { Injectable } from '@nestjs/common';
import {
  ProjectsErrorCode,
  type ConfirmConflictCommand,
  type DeclareConflictCommand,
  type DeclaredConflictView,
  type ListConflictsQuery,
} from '@orbita/projects/rpc';
import { Section } from '../seasons/season.entity';
import { FieldProblem, workNotFound } from '../shared/projects-errors';
import { ProjectsStore } from '../shared/projects-store';
import { findWork, REGION_READER } from '../works/works.service';
import { Work } from '../works/work.entity';
import { DeclaredConflictRecord, declaredConflictView } from './declared-conflict.entity';

/** Conflicts of interest experts declare with works of their sections, and the coordinator confirms. */
@Injectable()
export class ConflictsService {
  constructor(private readonly store: ProjectsStore) {}

  /** Declared again, the reason is replaced and the conflict awaits confirmation anew. */
  declare(command: DeclareConflictCommand, expertPersonId: string | null): Promise<DeclaredConflictView> {
    return this.store.write(async (tx) => {
      const work = await findWork(tx.manager, command.workId, REGION_READER);
      const section = await tx.manager.findOneBy(Section, {
        seasonId: work.seasonId,
        subjectArea: work.subjectArea,
      });
      // A work outside the expert's sections answers as a missing one: experts see only their own.
      if (!expertPersonId || !section?.expertIds.includes(expertPersonId)) throw workNotFound(work.id);
      await tx.manager.upsert(
        DeclaredConflictRecord,
        {
          expertPersonId,
          workId: work.id,
          reason: command.reason,
          declaredAt: new Date(),
          confirmedAt: null,
        },
        ['expertPersonId', 'workId'],
      );
      return declaredConflictView(
        await tx.manager.findOneByOrFail(DeclaredConflictRecord, { expertPersonId, workId: work.id }),
      );
    });
  }

  confirm(command: ConfirmConflictCommand): Promise<DeclaredConflictView> {
    return this.store.write(async (tx) => {
      const conflict = await tx.manager.findOneBy(DeclaredConflictRecord, { ...command });
      if (!conflict)
        throw new FieldProblem(
          ProjectsErrorCode.CONFLICT_NOT_FOUND,
          404,
          'expertPersonId',
          'The expert has declared no conflict with the work',
        );
      conflict.confirmedAt ??= new Date();
      return declaredConflictView(await tx.manager.save(conflict));
    });
  }

  list(query: ListConflictsQuery): Promise<DeclaredConflictView[]> {
    return this.store.read(async (manager) => {
      const conflicts = await manager
        .createQueryBuilder(DeclaredConflictRecord, 'conflict')
        .innerJoin(Work, 'work', 'work.id = conflict.workId')
        .where('work.seasonId = :seasonId', { seasonId: query.seasonId })
        .orderBy('conflict.declaredAt', 'ASC')
        .addOrderBy('conflict.workId', 'ASC')
        .getMany();
      return conflicts.map(declaredConflictView);
    });
  }
}

import type { PickReason } from '@orbita/projects/judging';
import type { AssignmentView, CriterionScore, SheetStatus, SheetView } from '@orbita/projects/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An expert assigned to a work at a stage. */
@Entity('assignments')
export class Assignment {
  @PrimaryColumn('uuid')
  stageId!: string;

  @PrimaryColumn('uuid')
  workId!: string;

  @PrimaryColumn('uuid')
  expertPersonId!: string;

  @Column('timestamptz', { default: () => 'now()' })
  assignedAt!: Date;

  /** Why the automatic assignment picked the expert; null for an assignment made by hand. */
  @Column('jsonb', { nullable: true })
  pickReason!: PickReason | null;
}

/** An assigned expert's evaluation sheet of a work at a stage. */
@Entity('sheets')
export class Sheet {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  stageId!: string;

  @Column('uuid')
  workId!: string;

  @Column('uuid')
  expertPersonId!: string;

  @Column('text')
  status!: SheetStatus;

  @Column('uuid', { nullable: true })
  rubricVersionId!: string | null;

  @Column('jsonb')
  scores!: CriterionScore[];

  @Column('text')
  comment!: string;

  @Column('integer')
  submission!: number;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('text', { nullable: true })
  reopenReason!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}

export const assignmentView = (assignment: Assignment): AssignmentView => ({
  workId: assignment.workId,
  stageId: assignment.stageId,
  expertPersonId: assignment.expertPersonId,
  assignedAt: assignment.assignedAt.toISOString(),
});

export const sheetView = (sheet: Sheet): SheetView => ({
  id: sheet.id,
  workId: sheet.workId,
  stageId: sheet.stageId,
  expertPersonId: sheet.expertPersonId,
  status: sheet.status,
  rubricVersionId: sheet.rubricVersionId,
  scores: sheet.scores,
  comment: sheet.comment,
  submission: sheet.submission,
  submittedAt: sheet.submittedAt?.toISOString() ?? null,
  reopenReason: sheet.reopenReason,
  updatedAt: sheet.updatedAt.toISOString(),
});

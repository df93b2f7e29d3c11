import type { ProjectWorkKind } from '@orbita/contracts';
import type { WorkView } from '@orbita/projects/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A project or research work of a school; its authors are enrollment student ids. */
@Entity('works')
export class Work {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  seasonId!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  kind!: ProjectWorkKind;

  @Column('text')
  subjectArea!: string;

  @Column('uuid', { array: true })
  authorIds!: string[];

  @Column('uuid')
  supervisorId!: string;

  @Column('uuid', { nullable: true })
  partnerOrganisationId!: string | null;

  @Column('uuid', { nullable: true })
  consultantId!: string | null;

  @Column('text')
  abstract!: string;

  @Column('timestamptz', { default: () => 'now()' })
  registeredAt!: Date;
}

export const workView = (work: Work): WorkView => ({
  id: work.id,
  seasonId: work.seasonId,
  schoolId: work.schoolId,
  title: work.title,
  kind: work.kind,
  subjectArea: work.subjectArea,
  authorIds: work.authorIds,
  supervisorId: work.supervisorId,
  ...(work.partnerOrganisationId && { partnerOrganisationId: work.partnerOrganisationId }),
  ...(work.consultantId && { consultantId: work.consultantId }),
  abstract: work.abstract,
  registeredAt: work.registeredAt.toISOString(),
});

import type {
  StudioApplicationFields,
  StudioApplicationStatus,
  StudioApplicationView,
  StudioView,
} from '@orbita/projects/rpc';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a school proposes (or an approved studio does); the team are enrollment student ids. */
abstract class StudioPlan {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  cycleId!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('text')
  direction!: string;

  @Column('text')
  theme!: string;

  @Column('uuid')
  mentorPersonId!: string;

  @Column('uuid', { array: true })
  teamStudentIds!: string[];

  @Column('uuid', { nullable: true })
  partnerOrganisationId!: string | null;
}

/** A school's application to open a studio in a cycle, and the regional centre's decision. */
@Entity('studio_applications')
export class StudioApplication extends StudioPlan {
  @Column('text')
  status!: StudioApplicationStatus;

  /** What to change (returned) or why not (rejected). */
  @Column('text', { nullable: true })
  comment!: string | null;

  @Column('timestamptz')
  submittedAt!: Date;

  @Column('timestamptz', { nullable: true })
  decidedAt!: Date | null;
}

/** A school's studio in a cycle, opened by the approval of its application. */
@Entity('studios')
export class Studio extends StudioPlan {
  @Column('uuid')
  applicationId!: string;
}

/** The plan's fields as a command carries them (an omitted partner is none). */
export const planOf = (fields: StudioApplicationFields) => ({
  direction: fields.direction,
  theme: fields.theme,
  mentorPersonId: fields.mentorPersonId,
  teamStudentIds: fields.teamStudentIds,
  partnerOrganisationId: fields.partnerOrganisationId ?? null,
});

const planView = (plan: StudioPlan) => ({
  id: plan.id,
  cycleId: plan.cycleId,
  schoolId: plan.schoolId,
  direction: plan.direction,
  theme: plan.theme,
  mentorPersonId: plan.mentorPersonId,
  teamStudentIds: plan.teamStudentIds,
  ...(plan.partnerOrganisationId && { partnerOrganisationId: plan.partnerOrganisationId }),
});

export const studioApplicationView = (
  application: StudioApplication,
  studioId: string | null,
): StudioApplicationView => ({
  ...planView(application),
  status: application.status,
  comment: application.comment,
  studioId,
  submittedAt: application.submittedAt.toISOString(),
  decidedAt: application.decidedAt?.toISOString() ?? null,
});

export const studioView = (studio: Studio): StudioView => ({
  ...planView(studio),
  applicationId: studio.applicationId,
});

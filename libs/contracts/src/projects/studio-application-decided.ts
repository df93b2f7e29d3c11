import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';

export const STUDIO_APPLICATION_OUTCOMES = ['approved', 'returned', 'rejected'] as const;
export type StudioApplicationOutcome = (typeof STUDIO_APPLICATION_OUTCOMES)[number];

/**
 * The regional centre decided a school's application to open a studio: ids only (the comment stays in
 * the projects service). `studioId` names the studio an approval opened.
 */
export class StudioApplicationDecidedV1 {
  @IsUUID()
  applicationId!: string;

  @IsUUID()
  cycleId!: string;

  @IsUUID()
  schoolId!: string;

  @IsIn(STUDIO_APPLICATION_OUTCOMES)
  outcome!: StudioApplicationOutcome;

  @IsOptional()
  @IsUUID()
  studioId?: string;
}

export const STUDIO_APPLICATION_DECIDED_V1 = defineEvent(
  'projects.studio-application.decided.v1',
  StudioApplicationDecidedV1,
);

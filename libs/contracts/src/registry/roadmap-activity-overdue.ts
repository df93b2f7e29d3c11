import { ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { PERSON_ROLES, type PersonRole } from './people';

/** An activity's window has ended and it is not done. Announced once per activity and window end. */
export class RoadmapActivityOverdueV1 {
  @IsUUID()
  activityId!: string;

  @IsUUID()
  roadmapId!: string;

  /** The last day of the window (ISO date). */
  @IsISO8601({ strict: true })
  windowEnd!: string;

  @IsInt()
  @Min(1)
  daysOverdue!: number;

  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  responsiblePersonIds!: string[];

  @IsArray()
  @IsIn(PERSON_ROLES, { each: true })
  responsibleRoles!: PersonRole[];

  @IsInt()
  @Min(0)
  missingDeliverableCount!: number;
}

export const ROADMAP_ACTIVITY_OVERDUE_V1 = defineEvent(
  'registry.roadmap-activity.overdue.v1',
  RoadmapActivityOverdueV1,
);

import { ArrayUnique, IsArray, IsIn, IsInt, IsISO8601, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../event-contract';
import { PERSON_ROLES, type PersonRole } from './people';

/**
 * A deadline of an activity not yet done is near (within the registry's horizon). Announced once per
 * activity and deadline, whatever the number of registry replicas. Ids only: listeners look up whom to
 * remind.
 */
export class RoadmapActivityDueSoonV1 {
  @IsUUID()
  activityId!: string;

  @IsUUID()
  roadmapId!: string;

  /** The deadline announced (ISO date): the window's end, a milestone's or, for monthly work, a month's. */
  @IsISO8601({ strict: true })
  windowEnd!: string;

  @IsInt()
  @Min(0)
  daysLeft!: number;

  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  responsiblePersonIds!: string[];

  /** Roles answerable at each participating school (e.g. `school_coordinator`). */
  @IsArray()
  @IsIn(PERSON_ROLES, { each: true })
  responsibleRoles!: PersonRole[];

  @IsInt()
  @Min(0)
  missingDeliverableCount!: number;
}

export const ROADMAP_ACTIVITY_DUE_SOON_V1 = defineEvent(
  'registry.roadmap-activity.due-soon.v1',
  RoadmapActivityDueSoonV1,
);

import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { ROADMAP_ACTIVITY_STATUSES, type RoadmapActivityStatus } from './roadmap';

/** Why a status changed: someone set it, or evidence attached or removed moved it. */
export const ROADMAP_STATUS_CAUSES = ['manual', 'evidence'] as const;
export type RoadmapStatusCause = (typeof ROADMAP_STATUS_CAUSES)[number];

export class RoadmapActivityStatusChangedV1 {
  @IsUUID()
  activityId!: string;

  @IsUUID()
  roadmapId!: string;

  @IsIn(ROADMAP_ACTIVITY_STATUSES)
  from!: RoadmapActivityStatus;

  @IsIn(ROADMAP_ACTIVITY_STATUSES)
  to!: RoadmapActivityStatus;

  @IsIn(ROADMAP_STATUS_CAUSES)
  cause!: RoadmapStatusCause;

  /** The user whose action changed it; absent for changes made by the service itself. */
  @IsOptional()
  @IsUUID()
  changedBy?: string;
}

export const ROADMAP_ACTIVITY_STATUS_CHANGED_V1 = defineEvent(
  'registry.roadmap-activity.status-changed.v1',
  RoadmapActivityStatusChangedV1,
);

import {
  ArrayMinSize,
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsUUID,
  Matches,
} from 'class-validator';
import { defineEvent } from '../event-contract';
import { STAGE_KINDS, type StageKind } from './sheet-submitted';

/**
 * projects.expert.assigned.v1: an expert was given works to judge at a stage, by hand (one work) or by
 * the stage's automatic assignment (all the works it gave them at once), ids only.
 * A published contract is never edited: a changed payload is a new contract `….v2` beside it.
 */
export class ExpertAssignedV1 {
  /** The registry person of the expert. */
  @IsUUID()
  expertPersonId!: string;

  @IsUUID()
  stageId!: string;

  @IsUUID()
  seasonId!: string;

  @IsIn(STAGE_KINDS)
  stageKind!: StageKind;

  /** The stage's last day (ISO date): the sheets are due by then. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  stageEndsOn!: string;

  /** The works newly assigned to the expert. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10_000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  workIds!: string[];

  /** True when the stage's automatic assignment made them. */
  @IsBoolean()
  automatic!: boolean;
}

export const EXPERT_ASSIGNED_V1 = defineEvent('projects.expert.assigned.v1', ExpertAssignedV1);

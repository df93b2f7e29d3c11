import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract';

/**
 * integration.mismatches.found.v1: reconciling a school's class lists with the platform found mismatches
 * that were not there before (counts only, no names): notifications tells the school's coordinators to open
 * the report. Published once per school and reconciliation that found new ones.
 */
export class MismatchesFoundV1 {
  @IsUUID()
  schoolId!: string;

  /** The reconciliation (one per finished sync run or manual request). */
  @IsUUID()
  reconciliationId!: string;

  /** Mismatches new in this reconciliation. */
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  newMismatches!: number;

  /** All mismatches of the school awaiting a decision. */
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  openMismatches!: number;
}

export const MISMATCHES_FOUND_V1 = defineEvent('integration.mismatches.found.v1', MismatchesFoundV1);

import { IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../event-contract';

export const SELECTION_BASES = ['work', 'oge'] as const;
export type SelectionBasis = (typeof SELECTION_BASES)[number];

/** A selection campaign (отбор) produced its ranked list: figures only, the list stays in enrollment. */
export class SelectionRankedV1 {
  @IsUUID()
  campaignId!: string;

  @IsUUID()
  schoolId!: string;

  @IsInt()
  @Min(1)
  grade!: number;

  @IsInt()
  @Min(2000)
  schoolYear!: number;

  @IsIn(SELECTION_BASES)
  basis!: SelectionBasis;

  /** The selection diagnostic work, when the basis is a work. */
  @IsOptional()
  @IsUUID()
  workId?: string;

  @IsInt()
  @Min(0)
  quota!: number;

  @IsInt()
  @Min(0)
  candidates!: number;

  @IsInt()
  @Min(0)
  recommended!: number;
}

export const SELECTION_RANKED_V1 = defineEvent('enrollment.selection.ranked.v1', SelectionRankedV1);

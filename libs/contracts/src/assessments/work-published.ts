import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../event-contract';

/** Kinds of diagnostic work (DOMAIN.md, Assessments). */
export const WORK_KINDS = [
  'selection', // отборочная диагностическая работа (ОДР)
  'intermediate', // промежуточная
  'final', // итоговая
  'invitational', // пригласительная
  'olympiad', // олимпиада
  'teacher_competency', // диагностика компетенций педагогов
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export class WorkTaskV1 {
  /** 1-based position of the task in the protocol. */
  @IsInt()
  @Min(1)
  number!: number;

  @IsString()
  @Length(1, 50)
  label!: string;

  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.5)
  @Max(1000)
  maxScore!: number;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  topic?: string;
}

export class PerformanceLevelV1 {
  @IsString()
  @Length(1, 50)
  code!: string;

  @IsString()
  @Length(1, 200)
  label!: string;

  /** Lowest total score of the level; levels are ordered by it. */
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  minTotal!: number;
}

/**
 * A version of a diagnostic work's blueprint was published: everything a consumer needs to interpret the
 * protocols of that version (task maxima, levels) without asking assessments. A blueprint with results
 * is never changed in place; a change is a new version and a new event.
 */
export class WorkPublishedV1 {
  @IsUUID()
  workId!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsIn(WORK_KINDS)
  kind!: WorkKind;

  @IsString()
  @Length(1, 300)
  title!: string;

  /** Subject code (`math`, `physics`, `informatics`, `chemistry`, `biology`, …). */
  @IsString()
  @Length(1, 50)
  subject!: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(11, { each: true })
  grades!: number[];

  /** First calendar year of the school year: 2024 = 2024/25. */
  @IsInt()
  @Min(2000)
  schoolYear!: number;

  @IsISO8601({ strict: true })
  windowFrom!: string;

  @IsISO8601({ strict: true })
  windowTo!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => WorkTaskV1)
  tasks!: WorkTaskV1[];

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PerformanceLevelV1)
  levels!: PerformanceLevelV1[];

  /** Schools expected to submit a protocol (the completeness board counts them). */
  @IsArray()
  @ArrayUnique()
  @IsUUID('all', { each: true })
  schoolIds!: string[];
}

export const WORK_PUBLISHED_V1 = defineEvent('assessments.work.published.v1', WorkPublishedV1);

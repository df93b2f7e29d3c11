import { ApiProperty, ApiPropertyOptional, ApiSchema, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  ByIdRequest,
  ListQuery,
  PerformanceLevelV1,
  toBoolean,
  Trimmed,
  WORK_KINDS,
  WorkTaskV1,
  type WorkKind,
} from '@orbita/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SCHOOL_EXAMPLE, uuid, WORK_EXAMPLE } from './openapi-examples';

// Diagnostic works: requests and replies, documented with the 2024/25 intermediate work in mathematics (grade 7).

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fields `sort` accepts on the list of works. */
export const WORK_SORT_FIELDS = ['title', 'schoolYear', 'windowFrom', 'subject', 'kind', 'publishedAt', 'id'] as const;

export class WorkTask extends WorkTaskV1 {
  @ApiProperty({ description: '1-based position of the task in the protocol; tasks run 1..n', example: 4, minimum: 1 })
  declare number: number;

  @ApiProperty({ description: 'As printed on the work', example: '4', maxLength: 50 })
  declare label: string;

  @ApiProperty({ description: 'Maximum score (at most 2 decimals)', example: 2, minimum: 0.5, maximum: 1000 })
  declare maxScore: number;

  @ApiPropertyOptional({ description: 'Topic or skill the task checks', example: 'Уравнения', maxLength: 200 })
  declare topic?: string;
}

export class PerformanceLevel extends PerformanceLevelV1 {
  @ApiProperty({ example: 'base', maxLength: 50 })
  declare code: string;

  @ApiProperty({ example: 'Базовый', maxLength: 200 })
  declare label: string;

  @ApiProperty({ description: 'Lowest total score of the level', example: 6, minimum: 0 })
  declare minTotal: number;
}

/** The documentation of the blueprint's fields, as sent and as published. */
const BLUEPRINT = {
  kind: { enum: WORK_KINDS, example: 'intermediate', description: 'selection (ОДР), intermediate, final, invitational, olympiad, teacher_competency' },
  title: { example: 'Промежуточная диагностическая работа по математике, 7 класс', maxLength: 300 },
  subject: { example: 'math', description: 'Lower-case subject code; participant codes carry it' },
  grades: { type: [Number], example: [7], description: 'Grades 1..11 the work is for' },
  schoolYear: { example: 2024, description: 'First calendar year of the school year: 2024 = 2024/25' },
  windowFrom: { format: 'date', example: '2024-12-02', description: 'First day of the administration window' },
  windowTo: { format: 'date', example: '2024-12-05', description: 'Last day of the administration window' },
  tasks: { type: [WorkTask], description: 'Tasks with their maxima, numbered 1..n' },
  levels: { type: [PerformanceLevel], description: 'Performance levels by total-score thresholds (within the maximum total)' },
  schoolIds: { type: [String], format: 'uuid', example: [SCHOOL_EXAMPLE], description: 'Schools expected to submit a protocol' },
} satisfies Record<string, ApiPropertyOptions>;

/**
 * What a diagnostic work is: the blueprint protocols are checked against. Task numbers run 1..n; level
 * thresholds lie within the maximum total; `schoolIds` are the schools expected to submit a protocol.
 */
export class WorkBlueprint {
  @ApiProperty(BLUEPRINT.kind)
  @IsIn(WORK_KINDS)
  kind!: WorkKind;

  @ApiProperty(BLUEPRINT.title)
  @Trimmed()
  @IsString()
  @Length(1, 300)
  title!: string;

  /** Subject code (`math`, `physics`, `informatics`, …); participant codes carry it. */
  @ApiProperty(BLUEPRINT.subject)
  @Trimmed()
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, { message: '$property must be a lower-case code such as math or informatics' })
  subject!: string;

  @ApiProperty(BLUEPRINT.grades)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(11, { each: true })
  grades!: number[];

  /** First calendar year of the school year: 2024 = 2024/25. */
  @ApiProperty(BLUEPRINT.schoolYear)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;

  /** First and last day of the administration window (ISO dates). */
  @ApiProperty(BLUEPRINT.windowFrom)
  @Matches(ISO_DATE, { message: '$property must be a date such as 2024-12-02' })
  windowFrom!: string;

  @ApiProperty(BLUEPRINT.windowTo)
  @Matches(ISO_DATE, { message: '$property must be a date such as 2024-12-05' })
  windowTo!: string;

  @ApiProperty(BLUEPRINT.tasks)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => WorkTask)
  tasks!: WorkTask[];

  @ApiProperty(BLUEPRINT.levels)
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PerformanceLevel)
  levels!: PerformanceLevel[];

  @ApiProperty(BLUEPRINT.schoolIds)
  @IsArray()
  @ArrayMaxSize(2000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  schoolIds!: string[];

  /**
   * false (default): rows may use only participant codes issued for the school; true: any code of
   * letters, digits and hyphens (up to 50) is accepted, e.g. when schools number participants themselves.
   */
  @ApiPropertyOptional({
    description: 'false (default): rows may use only the participant codes issued to the school; true: any code of letters, digits and hyphens',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  openCodes?: boolean;
}

export class CreateWorkCommand extends WorkBlueprint {}

/** A new blueprint for a work, given as a whole, against the version the editor last read (the id is the path's). */
export class ReviseWorkCommand extends WorkBlueprint {
  @IsUUID()
  id!: string;

  /** The work's current version number as the caller read it; a newer one answers 409 STALE_VERSION. */
  @ApiProperty({ description: 'The current version as last read; a newer one answers 409', example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

export class GetWorkVersionRequest extends ByIdRequest {
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version!: number;
}

export class ListWorksQuery extends ListQuery {
  @ApiPropertyOptional({ example: 2024 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear?: number;

  @ApiPropertyOptional({ enum: WORK_KINDS })
  @IsOptional()
  @IsIn(WORK_KINDS)
  kind?: WorkKind;

  @ApiPropertyOptional({ example: 'math' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  subject?: string;

  @ApiPropertyOptional({ example: 7 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(11)
  grade?: number;

  /** Works this school is expected to take (a school account sees only its school's works anyway). */
  @ApiPropertyOptional({ format: 'uuid', description: 'Works this school is expected to take' })
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  /** Only works whose window is open (true) or not (false) today. */
  @ApiPropertyOptional({ type: Boolean, description: 'true: the window is open today; false: it is not' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  open?: boolean;
}

/** The XLSX protocol template of a work for a school, in the transfer bucket. */
export class ExportProtocolTemplateRequest {
  @IsUUID()
  workId!: string;

  @IsUUID()
  schoolId!: string;
}

@ApiSchema({ name: 'WorkVersionSummary' })
export class WorkVersionSummaryView {
  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ format: 'date-time', example: '2024-11-20T03:00:00.000Z' })
  publishedAt!: string;

  /** Protocol versions validated against this blueprint version; with any, it is never changed in place. */
  @ApiProperty({ description: 'Protocol versions checked against it; with any, it is never changed in place', example: 12 })
  protocolCount!: number;
}

/** A blueprint version as published. */
@ApiSchema({ name: 'WorkVersion' })
export class WorkVersionView {
  @ApiProperty(uuid('The work', WORK_EXAMPLE))
  workId!: string;

  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty(BLUEPRINT.kind)
  kind!: WorkKind;

  @ApiProperty(BLUEPRINT.title)
  title!: string;

  @ApiProperty(BLUEPRINT.subject)
  subject!: string;

  @ApiProperty(BLUEPRINT.grades)
  grades!: number[];

  @ApiProperty(BLUEPRINT.schoolYear)
  schoolYear!: number;

  @ApiProperty(BLUEPRINT.windowFrom)
  windowFrom!: string;

  @ApiProperty(BLUEPRINT.windowTo)
  windowTo!: string;

  @ApiProperty(BLUEPRINT.tasks)
  tasks!: WorkTask[];

  @ApiProperty(BLUEPRINT.levels)
  levels!: PerformanceLevel[];

  @ApiProperty(BLUEPRINT.schoolIds)
  schoolIds!: string[];

  @ApiProperty({ example: false })
  openCodes!: boolean;

  @ApiProperty({ description: 'Sum of the task maxima', example: 15 })
  maxTotal!: number;

  @ApiProperty({ format: 'date-time', example: '2024-11-20T03:00:00.000Z' })
  publishedAt!: string;

  @ApiProperty({ ...uuid('Account that published it; null for demo data', WORK_EXAMPLE), type: String, nullable: true })
  publishedBy!: string | null;

  @ApiProperty({ example: 12 })
  protocolCount!: number;
}

/** A work with its current blueprint (the latest version) and the list of its versions. */
@ApiSchema({ name: 'Work' })
export class WorkView extends WorkVersionView {
  @ApiProperty(uuid('The work', WORK_EXAMPLE))
  id!: string;

  @ApiProperty({ description: 'Current version (the latest)', example: 2 })
  declare version: number;

  @ApiProperty({ format: 'date-time', example: '2024-11-20T03:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2024-11-25T06:30:00.000Z' })
  updatedAt!: string;

  @ApiProperty({ type: [WorkVersionSummaryView] })
  versions!: WorkVersionSummaryView[];
}

/** The answer to a revision: the work after it, and whether its current version was changed in place. */
@ApiSchema({ name: 'RevisedWork' })
export class RevisedWorkView {
  @ApiProperty({ type: WorkView })
  work!: WorkView;

  @ApiProperty({ description: 'true: the current version was changed in place (no protocol referred to it); false: a new version', example: false })
  changedInPlace!: boolean;
}

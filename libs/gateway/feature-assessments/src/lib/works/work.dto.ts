import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType, PickType, type ApiPropertyOptions } from '@nestjs/swagger';
import {
  CreateWorkCommand,
  IssueParticipantCodesCommand,
  ListParticipantCodesQuery,
  ListWorksQuery,
  MAX_CODES_PER_ISSUE,
  PerformanceLevelV1,
  ReviseWorkCommand,
  WORK_KINDS,
  WorkTaskV1,
  type IssuedParticipantCodesView,
  type ParticipantCodeView,
  type RevisedWorkView,
  type WorkKind,
  type WorkVersionSummaryView,
  type WorkVersionView,
  type WorkView, pageOf } from '@orbita/contracts';

// The OpenAPI schemas of diagnostic works: the contract classes with descriptions and examples from the
// 2024/25 intermediate work in mathematics (grade 7).

const uuid = (description: string, example = '5b0d6c1e-7a2f-4c39-9e51-2d4a7f0b1c01') => ({ format: 'uuid', description, example });
const SCHOOL_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

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
  schoolIds: { type: [String], format: 'uuid', example: [SCHOOL_ID], description: 'Schools expected to submit a protocol' },
} satisfies Record<string, ApiPropertyOptions>;

export class CreateWork extends CreateWorkCommand {
  @ApiProperty(BLUEPRINT.kind)
  declare kind: WorkKind;

  @ApiProperty(BLUEPRINT.title)
  declare title: string;

  @ApiProperty(BLUEPRINT.subject)
  declare subject: string;

  @ApiProperty(BLUEPRINT.grades)
  declare grades: number[];

  @ApiProperty(BLUEPRINT.schoolYear)
  declare schoolYear: number;

  @ApiProperty(BLUEPRINT.windowFrom)
  declare windowFrom: string;

  @ApiProperty(BLUEPRINT.windowTo)
  declare windowTo: string;

  @ApiProperty(BLUEPRINT.tasks)
  declare tasks: WorkTask[];

  @ApiProperty(BLUEPRINT.levels)
  declare levels: PerformanceLevel[];

  @ApiProperty(BLUEPRINT.schoolIds)
  declare schoolIds: string[];

  @ApiPropertyOptional({
    description: 'false (default): rows may use only the participant codes issued to the school; true: any code of letters, digits and hyphens',
    example: false,
  })
  declare openCodes?: boolean;
}

/** The body of a revision: the whole blueprint and the version it was read at (the id is the path's). */
export class ReviseWork extends IntersectionType(CreateWork, PickType(ReviseWorkCommand, ['expectedVersion'] as const)) {
  @ApiProperty({ description: 'The current version as last read; a newer one answers 409', example: 1 })
  declare expectedVersion: number;
}

export class WorkVersionSummary implements WorkVersionSummaryView {
  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ format: 'date-time', example: '2024-11-20T03:00:00.000Z' })
  publishedAt!: string;

  @ApiProperty({ description: 'Protocol versions checked against it; with any, it is never changed in place', example: 12 })
  protocolCount!: number;
}

export class WorkVersion implements WorkVersionView {
  @ApiProperty(uuid('The work'))
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

  @ApiProperty({ ...uuid('Account that published it; null for demo data'), type: String, nullable: true })
  publishedBy!: string | null;

  @ApiProperty({ example: 12 })
  protocolCount!: number;
}

export class Work extends WorkVersion implements WorkView {
  @ApiProperty(uuid('The work'))
  id!: string;

  @ApiProperty({ description: 'Current version (the latest)', example: 2 })
  declare version: number;

  @ApiProperty({ format: 'date-time', example: '2024-11-20T03:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2024-11-25T06:30:00.000Z' })
  updatedAt!: string;

  @ApiProperty({ type: [WorkVersionSummary] })
  versions!: WorkVersionSummary[];
}

export const WorkPage = pageOf(Work);

export class RevisedWork implements RevisedWorkView {
  @ApiProperty({ type: Work })
  work!: Work;

  @ApiProperty({ description: 'true: the current version was changed in place (no protocol referred to it); false: a new version', example: false })
  changedInPlace!: boolean;
}

export class WorkListParams extends ListWorksQuery {
  @ApiPropertyOptional({ example: 2024 })
  declare schoolYear?: number;

  @ApiPropertyOptional({ enum: WORK_KINDS })
  declare kind?: WorkKind;

  @ApiPropertyOptional({ example: 'math' })
  declare subject?: string;

  @ApiPropertyOptional({ example: 7 })
  declare grade?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Works this school is expected to take' })
  declare schoolId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: the window is open today; false: it is not' })
  declare open?: boolean;
}

export class IssueParticipantCodes extends OmitType(IssueParticipantCodesCommand, ['workId'] as const) {
  @ApiPropertyOptional({ format: 'uuid', description: 'Required of region-wide accounts; a school account’s codes are its own school’s', example: SCHOOL_ID })
  declare schoolId?: string;

  @ApiProperty({ description: 'How many new codes', example: 25, minimum: 1, maximum: MAX_CODES_PER_ISSUE })
  declare count: number;
}

export class IssuedParticipantCodes implements IssuedParticipantCodesView {
  @ApiProperty(uuid('The work'))
  workId!: string;

  @ApiProperty(uuid('The school', SCHOOL_ID))
  schoolId!: string;

  @ApiProperty({ type: [String], example: ['2024-MATH7-S03-0001', '2024-MATH7-S03-0002'] })
  codes!: string[];
}

export class ParticipantCode implements ParticipantCodeView {
  @ApiProperty({ example: '2024-MATH7-S03-0001' })
  code!: string;

  @ApiProperty(uuid('The work'))
  workId!: string;

  @ApiProperty(uuid('The school', SCHOOL_ID))
  schoolId!: string;

  @ApiProperty({ format: 'date-time', example: '2024-11-21T02:00:00.000Z' })
  issuedAt!: string;
}

export const ParticipantCodePage = pageOf(ParticipantCode);

export class ParticipantCodeListParams extends OmitType(ListParticipantCodesQuery, ['workId'] as const) {
  @ApiPropertyOptional({ format: 'uuid', description: 'One school’s codes (a school account sees only its own anyway)' })
  declare schoolId?: string;
}

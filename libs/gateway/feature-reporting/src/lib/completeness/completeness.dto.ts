import { ApiProperty } from '@nestjs/swagger';
import {
  COMPLETENESS_STATUSES,
  type CompletenessLineView,
  type CompletenessStatus,
  type CompletenessTotalsView,
  type CompletenessView,
} from '@orbita/reporting/rpc';
import { AnalysedWork, SchoolRef } from '../analytics/analytics.dto';

export class CompletenessLine extends SchoolRef implements CompletenessLineView {
  @ApiProperty({ description: 'Whether the work’s blueprint lists the school', example: true })
  expected!: boolean;

  @ApiProperty({
    enum: COMPLETENESS_STATUSES,
    description:
      '`pending`: nothing yet, window open; `draft`: a file uploaded, not submitted yet (черновик); `missing`: nothing and the window has closed; else the latest version’s state',
    example: 'accepted',
  })
  status!: CompletenessStatus;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The school’s protocol for the work (to open it for review); null while the school has none',
  })
  protocolId!: string | null;

  @ApiProperty({ type: Number, nullable: true, example: 2 })
  versionNumber!: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'The latest submission (a resubmission’s, after a return)',
    example: '2024-12-04T10:12:00.000Z',
  })
  submittedAt!: string | null;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'First submitted by the window’s end',
    example: true,
  })
  onTime!: boolean | null;
}

export class CompletenessTotals implements CompletenessTotalsView {
  @ApiProperty({ example: 8 })
  expected!: number;

  @ApiProperty({ description: 'Expected schools that submitted', example: 7 })
  reported!: number;

  @ApiProperty({ example: 1 })
  awaitingReview!: number;

  @ApiProperty({ example: 5 })
  accepted!: number;

  @ApiProperty({ example: 1 })
  returned!: number;

  @ApiProperty({ example: 0 })
  pending!: number;

  @ApiProperty({ description: 'Expected schools with a draft and no submission', example: 0 })
  drafts!: number;

  @ApiProperty({ example: 1 })
  missing!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'reported / expected × 100 (DHIS2’s reporting rate)',
    example: 87.5,
  })
  reportingRate!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Submitted on time / expected × 100',
    example: 75,
  })
  onTimeRate!: number | null;
}

export class Completeness implements CompletenessView {
  @ApiProperty({ type: AnalysedWork })
  work!: AnalysedWork;

  @ApiProperty({ example: true })
  windowClosed!: boolean;

  @ApiProperty({ type: CompletenessTotals, description: 'Region-wide, whoever asks' })
  totals!: CompletenessTotals;

  @ApiProperty({ type: [CompletenessLine], description: 'A school-scoped caller gets only their own line' })
  schools!: CompletenessLine[];
}

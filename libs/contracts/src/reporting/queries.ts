import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import type { WorkKind } from '../assessments/work-published';
import type { ClassDelivery } from '../enrollment/class-formed';

/** Request/reply subjects of reporting (`<service>.<verb>.<noun>`). */
export const REPORTING_RPC = {
  getWorkAnalytics: 'reporting.get.work-analytics',
  getSchoolAnalytics: 'reporting.get.school-analytics',
  getTaskDifficulty: 'reporting.get.task-difficulty',
  getProgress: 'reporting.get.progress',
  getCompleteness: 'reporting.get.completeness',
  getProgrammeTable: 'reporting.get.programme-table',
} as const;

export class WorkAnalyticsRequest {
  @IsUUID()
  workId!: string;
}

export class SchoolAnalyticsRequest extends WorkAnalyticsRequest {
  @IsUUID()
  schoolId!: string;
}

export class TaskDifficultyRequest extends WorkAnalyticsRequest {
  /** A school to put beside the region (a school-scoped caller always gets their own). */
  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

export class CompletenessRequest extends WorkAnalyticsRequest {}

/** Intermediate → final change of one subject, grade and school year. */
export class ProgressQuery {
  @IsString()
  @Length(1, 50)
  subject!: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(11)
  grade!: number;

  /** First calendar year of the school year: 2024 = 2024/25. */
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;
}

export interface WorkTaskView {
  number: number;
  label: string;
  maxScore: number;
  topic: string | null;
}

export interface PerformanceLevelView {
  code: string;
  label: string;
  minTotal: number;
}

/** The blueprint version figures are read against (the latest published). */
export interface AnalysedWorkView {
  workId: string;
  version: number;
  kind: WorkKind;
  title: string;
  subject: string;
  grades: number[];
  schoolYear: number;
  windowFrom: string;
  windowTo: string;
  maxTotal: number;
  tasks: WorkTaskView[];
  levels: PerformanceLevelView[];
}

export interface HistogramBinView {
  /**
   * Bin [from, to); the last bin includes `to` (the maximum total). With whole-number scores (every
   * task's maximum an integer) a bin is the whole scores from `from` to `to`, both included.
   */
  from: number;
  to: number;
  count: number;
}

export interface LevelCountView extends PerformanceLevelView {
  count: number;
  /** count / participants, 0..1. */
  share: number;
}

export interface TaskFiguresView {
  number: number;
  label: string;
  maxScore: number;
  mean: number | null;
  /** Mean score / max score, 0..1 (процент выполнения). */
  solvedShare: number | null;
  fullShare: number | null;
  partialShare: number | null;
  zeroShare: number | null;
}

/** Figures of a group of participants (a class, a school, the region). Empty groups have nulls. */
export interface ScoreFiguresView {
  participants: number;
  mean: number | null;
  median: number | null;
  /** Population standard deviation. */
  standardDeviation: number | null;
  min: number | null;
  max: number | null;
  histogram: HistogramBinView[];
  levels: LevelCountView[];
  /** Participants whose total is below the lowest level's threshold. */
  belowLevels: number;
  tasks: TaskFiguresView[];
}

export interface SchoolRefView {
  schoolId: string;
  /** Short name from the registry; null until reporting has heard of the school. */
  schoolName: string | null;
  municipalityId: string | null;
}

export interface SchoolSummaryView extends SchoolRefView {
  /** The protocol versions the figures come from. */
  versionIds: string[];
  participants: number;
  /** At least one of those versions awaits the regional centre's review (предварительные данные). */
  provisional: boolean;
  mean: number | null;
  median: number | null;
  standardDeviation: number | null;
  min: number | null;
  max: number | null;
  /** School mean − region mean. */
  meanDifference: number | null;
}

export interface WorkAnalyticsView {
  work: AnalysedWorkView;
  region: ScoreFiguresView;
  /** Schools of the region whose figures await review: the region's figures are provisional while above 0. */
  provisionalSchools: number;
  /** Schools with figures; a school-scoped caller gets only their own. */
  schools: SchoolSummaryView[];
}

export interface ClassFiguresView {
  classLabel: string;
  figures: ScoreFiguresView;
}

export interface TaskComparisonView {
  number: number;
  label: string;
  schoolMean: number | null;
  regionMean: number | null;
  meanDifference: number | null;
  schoolSolvedShare: number | null;
  regionSolvedShare: number | null;
  solvedShareDifference: number | null;
}

export interface SchoolAnalyticsView {
  work: AnalysedWorkView;
  school: SchoolRefView;
  versionIds: string[];
  /** The school's figures come from a version awaiting the regional centre's review. */
  provisional: boolean;
  figures: ScoreFiguresView;
  classes: ClassFiguresView[];
  region: ScoreFiguresView;
  /** As {@link WorkAnalyticsView.provisionalSchools}. */
  regionProvisionalSchools: number;
  comparison: { meanDifference: number | null; tasks: TaskComparisonView[] };
}

export interface TaskDifficultyRowView {
  /** 1 = the hardest task (lowest solved share in the region). */
  rank: number;
  number: number;
  label: string;
  topic: string | null;
  maxScore: number;
  participants: number;
  solvedShare: number | null;
  fullShare: number | null;
  zeroShare: number | null;
  /** The school's solved share, when a school was asked for. */
  schoolSolvedShare: number | null;
}

export interface TaskDifficultyView {
  work: AnalysedWorkView;
  schoolId: string | null;
  tasks: TaskDifficultyRowView[];
}

export interface ProgressWorkView {
  workId: string;
  title: string;
  maxTotal: number;
}

export interface ProgressFiguresView {
  intermediateParticipants: number;
  finalParticipants: number;
  /** Mean total as a percentage of the work's maximum total. */
  intermediatePercent: number | null;
  finalPercent: number | null;
  /** finalPercent − intermediatePercent, in percentage points. */
  changePercentPoints: number | null;
  /** Participants found in both works by participant code. */
  matchedParticipants: number;
  /** Mean of each matched participant's change, in percentage points; null without matches. */
  matchedChangePercentPoints: number | null;
  /** `matched` when participant codes matched, else `means` (the change of the group means). */
  method: 'matched' | 'means';
}

export interface ProgressView {
  subject: string;
  grade: number;
  schoolYear: number;
  intermediate: ProgressWorkView;
  final: ProgressWorkView;
  region: ProgressFiguresView;
  /** A school-scoped caller gets only their own school. */
  schools: (SchoolRefView & ProgressFiguresView)[];
}

export const COMPLETENESS_STATUSES = ['pending', 'draft', 'submitted', 'accepted', 'returned', 'missing'] as const;
export type CompletenessStatus = (typeof COMPLETENESS_STATUSES)[number];

export interface CompletenessLineView extends SchoolRefView {
  /** Whether the work's blueprint lists the school (a school may submit without being listed). */
  expected: boolean;
  /**
   * `pending`: nothing yet, window open; `draft`: a file uploaded, not submitted yet (open window or
   * closed); `missing`: nothing and the window has closed.
   */
  status: CompletenessStatus;
  /** The school's protocol for the work, to open it for review; null while the school has none. */
  protocolId: string | null;
  versionNumber: number | null;
  /** The latest submission of the protocol (a resubmission's, after a return). */
  submittedAt: string | null;
  /** Whether the first submission came before the window closed. */
  onTime: boolean | null;
}

export interface CompletenessTotalsView {
  expected: number;
  /** Expected schools that submitted (whatever the review said since). */
  reported: number;
  awaitingReview: number;
  accepted: number;
  returned: number;
  pending: number;
  /** Expected schools with a draft and no submission. */
  drafts: number;
  missing: number;
  /** reported / expected × 100, one decimal (DHIS2's reporting rate). */
  reportingRate: number | null;
  /** Expected schools that first submitted by the window's end / expected × 100. */
  onTimeRate: number | null;
}

export interface CompletenessView {
  work: AnalysedWorkView;
  windowClosed: boolean;
  totals: CompletenessTotalsView;
  /** A school-scoped caller gets only their own line (the totals stay region-wide). */
  schools: CompletenessLineView[];
}

/** The region's programme table (классы Проекта) of one programme and school year. */
export class ProgrammeTableQuery {
  /** Registry programme code, e.g. `sirius_partner_schools`. */
  @IsString()
  @Length(1, 50)
  programmeCode!: string;

  /** First calendar year of the school year: 2024 = 2024/25. */
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  schoolYear!: number;
}

/** Profile directions (профильные направления) the table's totals group classes by. */
export const PROFILE_DIRECTIONS = ['natural_science', 'physics_math', 'technical', 'other'] as const;
export type ProfileDirection = (typeof PROFILE_DIRECTIONS)[number];

export interface ProgrammeTableClassView {
  classId: string;
  grade: number;
  label: string;
  /** Subject codes as enrollment sends them (`math`, `physics`, …), in the class's order. */
  profileSubjects: string[];
  /** The table's cell, e.g. `10: математика, физика, информатика` (unknown codes shown as they are). */
  profile: string;
  delivery: ClassDelivery;
  /** `урочная` or `урочная и внеурочная`. */
  deliveryName: string;
  direction: ProfileDirection;
  students: number;
  /** Distinct teachers of the class. */
  teachers: number;
}

export interface ProgrammeTableSchoolView {
  /** The school's number in the region's table (1-based; a school-scoped caller keeps the region's number). */
  number: number;
  schoolId: string;
  /** Full name from the registry; null until reporting has heard of the school. */
  schoolName: string | null;
  municipalityId: string | null;
  classes: ProgrammeTableClassView[];
  students: number;
  teachers: number;
}

export interface ProgrammeDirectionTotalView {
  direction: ProfileDirection;
  /** `естественно-научное`, `физико-математическое`, `техническое`, `другое`. */
  name: string;
  classes: number;
  students: number;
}

export interface ProgrammeTableTotalsView {
  schools: number;
  /** Class groups (классы Проекта). */
  classes: number;
  students: number;
  /** Distinct teachers over all classes (a teacher of two classes counts once). */
  teachers: number;
  /** Directions present, in the order natural-science, physics-math, technical, other. */
  directions: ProgrammeDirectionTotalView[];
}

export interface ProgrammeTableView {
  programmeCode: string;
  schoolYear: number;
  /** Schools in the order their first class was formed; a school-scoped caller gets only their own. */
  schools: ProgrammeTableSchoolView[];
  /** Region-wide, whoever asks. */
  totals: ProgrammeTableTotalsView;
}

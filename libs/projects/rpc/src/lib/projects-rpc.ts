import { ByIdRequest, defineRpc, ListQuery, pageOf, TransferFileView } from '@orbita/contracts';
import { AssignmentImportReportView, ImportAssignmentsCommand } from './assignment-import';
import { AttachWorkFileCommand, WorkFileView } from './documents';
import {
  AssignExpertsCommand,
  AssignmentPlanView,
  ConfirmConflictCommand,
  DeclareConflictCommand,
  DeclaredConflictView,
  GetStageSummaryRequest,
  ListConflictsQuery,
  ListNominationCandidatesQuery,
  NominateWorksCommand,
  NominationCandidatesView,
  NominationView,
  PublishResultsCommand,
  ResultsPublicationView,
  SaveStageSettingsCommand,
  StageSettingsView,
  StageSummaryView,
} from './judging';
import { CreateRubricVersionCommand, GetStageRubricRequest, RubricVersionView } from './rubrics';
import {
  CreateSeasonCommand,
  ListScheduleQuery,
  SaveSectionCommand,
  ScheduleEntryView,
  ScheduleWorkCommand,
  SeasonView,
  SectionView,
  StageView,
} from './seasons';
import {
  AssignmentCommand,
  AssignmentView,
  ListAssignmentsQuery,
  ListSheetsQuery,
  ReopenSheetCommand,
  SaveSheetCommand,
  SheetView,
  SubmitSheetCommand,
} from './sheets';
import { GetStatusRequest, ServiceStatusView } from './status';
import { ExportSummaryProtocolRequest } from './summary-protocol';
import { ListWorksQuery, RegisterWorkCommand, WorkView } from './works';

/**
 * Request/reply operations of the projects service (`<service>.<verb>.<noun>`), each answered by an
 * `@RpcHandler(PROJECTS_RPC.<name>)` method of the service. Seasons, stages, sections, rubrics and
 * assignments are the regional centre's; works belong to schools; sheets to their experts, who read
 * only the works assigned to them (matched by the actor's registry person).
 */
export const PROJECTS_RPC = {
  /** Whether the service answers and reaches its database (every role holds `notifications:read`). */
  getStatus: defineRpc({
    subject: 'projects.get.status',
    request: GetStatusRequest,
    response: ServiceStatusView,
    permission: 'notifications:read',
    scope: 'open',
  }),
  createSeason: defineRpc({
    subject: 'projects.create.season',
    request: CreateSeasonCommand,
    response: SeasonView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  listSeasons: defineRpc({
    subject: 'projects.list.seasons',
    request: ListQuery,
    response: [SeasonView],
    permission: 'projects:read',
    scope: 'open',
  }),
  getSeason: defineRpc({
    subject: 'projects.get.season',
    request: ByIdRequest,
    response: SeasonView,
    permission: 'projects:read',
    scope: 'open',
  }),
  /** Creates or replaces the season's section of a subject area (its title and experts). */
  saveSection: defineRpc({
    subject: 'projects.save.section',
    request: SaveSectionCommand,
    response: SectionView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** Closes a stage once every assigned sheet is submitted; its scores become readable to all readers. */
  closeStage: defineRpc({
    subject: 'projects.close.stage',
    request: ByIdRequest,
    response: StageView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** Sets (or moves) a work's slot at a stage. */
  scheduleWork: defineRpc({
    subject: 'projects.schedule.work',
    request: ScheduleWorkCommand,
    response: ScheduleEntryView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** A stage's schedule, by day and turn: of the caller's school's works, or an expert's assigned ones. */
  listSchedule: defineRpc({
    subject: 'projects.list.schedule',
    request: ListScheduleQuery,
    response: [ScheduleEntryView],
    permission: 'projects:read',
    scope: 'school',
  }),
  registerWork: defineRpc({
    subject: 'projects.register.work',
    request: RegisterWorkCommand,
    response: WorkView,
    permission: 'projects:register',
    scope: 'school',
  }),
  getWork: defineRpc({
    subject: 'projects.get.work',
    request: ByIdRequest,
    response: WorkView,
    permission: 'projects:read',
    scope: 'school',
  }),
  listWorks: defineRpc({
    subject: 'projects.list.works',
    request: ListWorksQuery,
    response: pageOf(WorkView),
    permission: 'projects:read',
    scope: 'school',
  }),
  /** A new rubric version for a stage; refused once the stage's first sheet is submitted. */
  createRubricVersion: defineRpc({
    subject: 'projects.create.rubric-version',
    request: CreateRubricVersionCommand,
    response: RubricVersionView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** The stage's rubric version in force (the highest). */
  getStageRubric: defineRpc({
    subject: 'projects.get.stage-rubric',
    request: GetStageRubricRequest,
    response: RubricVersionView,
    permission: 'projects:read',
    scope: 'open',
  }),
  assignExpert: defineRpc({
    subject: 'projects.assign.expert',
    request: AssignmentCommand,
    response: AssignmentView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** The assignment board of a stage (the coordinators'; an expert finds their works by listWorks). */
  listAssignments: defineRpc({
    subject: 'projects.list.assignments',
    request: ListAssignmentsQuery,
    response: [AssignmentView],
    permission: 'projects:manage',
    scope: 'region',
  }),
  /**
   * Completes every panel of the stage from the experts of each work's section, without conflicts of
   * interest, least loaded first (judging's assignExperts); stores the picks with their reasons.
   */
  assignExperts: defineRpc({
    subject: 'projects.assign.experts',
    request: AssignExpertsCommand,
    response: AssignmentPlanView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** The calling expert declares a conflict of interest with a work of their section (404 for another). */
  declareConflict: defineRpc({
    subject: 'projects.declare.conflict',
    request: DeclareConflictCommand,
    response: DeclaredConflictView,
    permission: 'sheets:write',
    scope: 'open',
  }),
  /** Confirmed, the conflict keeps the expert off the work, by hand and in the automatic assignment. */
  confirmConflict: defineRpc({
    subject: 'projects.confirm.conflict',
    request: ConfirmConflictCommand,
    response: DeclaredConflictView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** The conflicts declared for the works of a season, for the coordinator to confirm. */
  listConflicts: defineRpc({
    subject: 'projects.list.conflicts',
    request: ListConflictsQuery,
    response: [DeclaredConflictView],
    permission: 'projects:manage',
    scope: 'region',
  }),
  unassignExpert: defineRpc({
    subject: 'projects.unassign.expert',
    request: AssignmentCommand,
    response: null,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** The calling expert's own sheet for an assigned work, saved as a draft. */
  saveSheet: defineRpc({
    subject: 'projects.save.sheet',
    request: SaveSheetCommand,
    response: SheetView,
    permission: 'sheets:write',
    scope: 'open',
  }),
  submitSheet: defineRpc({
    subject: 'projects.submit.sheet',
    request: SubmitSheetCommand,
    response: SheetView,
    permission: 'sheets:write',
    scope: 'open',
  }),
  reopenSheet: defineRpc({
    subject: 'projects.reopen.sheet',
    request: ReopenSheetCommand,
    response: SheetView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /**
   * A work's sheets at a stage. Until the stage closes an expert sees only their own, the coordinators
   * (`projects:manage`) all, other readers none; then every reader of the work sees them all.
   */
  listSheets: defineRpc({
    subject: 'projects.list.sheets',
    request: ListSheetsQuery,
    response: [SheetView],
    permission: 'projects:read',
    scope: 'school',
  }),
  /** The stage's aggregation method, divergence threshold and award rule (while the stage is open). */
  saveStageSettings: defineRpc({
    subject: 'projects.save.stage-settings',
    request: SaveStageSettingsCommand,
    response: StageSettingsView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** The stage's results from its submitted sheets under its settings (judging's summariseStage). */
  getStageSummary: defineRpc({
    subject: 'projects.get.stage-summary',
    request: GetStageSummaryRequest,
    response: StageSummaryView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /**
   * The stage's summary protocol (сводный протокол оценки) as XLSX or DOCX, put in the transfer bucket for
   * the gateway to stream: per section each expert's total, score, rank and award, signature lines; the
   * region's best works; the list for diplomas.
   */
  exportSummaryProtocol: defineRpc({
    subject: 'projects.export.summary-protocol',
    request: ExportSummaryProtocolRequest,
    response: TransferFileView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /**
   * A school's works of the closed school stage go to the final, within the stage's quota: those it picks
   * or its best ranked. A school account nominates for its own school only.
   */
  nominateWorks: defineRpc({
    subject: 'projects.nominate.works',
    request: NominateWorksCommand,
    response: NominationView,
    permission: 'projects:register',
    scope: 'school',
  }),
  /** A school's works judged at a closed school stage with score, rank and award, to choose its nominations. */
  listNominationCandidates: defineRpc({
    subject: 'projects.list.nomination-candidates',
    request: ListNominationCandidatesQuery,
    response: NominationCandidatesView,
    permission: 'projects:register',
    scope: 'school',
  }),
  /** Publishes a closed stage's results once (`projects.results.published.v1`, ids only). */
  publishResults: defineRpc({
    subject: 'projects.publish.results',
    request: PublishResultsCommand,
    response: ResultsPublicationView,
    permission: 'projects:manage',
    scope: 'region',
  }),
  /** Sets (or replaces) the work's file: the text of the work, checked by its content and size. */
  attachWorkFile: defineRpc({
    subject: 'projects.attach.work-file',
    request: AttachWorkFileCommand,
    response: WorkFileView,
    permission: 'projects:register',
    scope: 'school',
  }),
  /** What is known of the work's file (404 while it has none). */
  getWorkFile: defineRpc({
    subject: 'projects.get.work-file',
    request: ByIdRequest,
    response: WorkFileView,
    permission: 'projects:read',
    scope: 'school',
  }),
  /** Puts the work's file in the transfer bucket for the gateway to stream (every reader of the work). */
  downloadWorkFile: defineRpc({
    subject: 'projects.download.work-file',
    request: ByIdRequest,
    response: TransferFileView,
    permission: 'projects:read',
    scope: 'school',
  }),
  /**
   * Assigns experts to works of a stage from a file, every row or none; a dry run reports what each row
   * would do and saves nothing.
   */
  importAssignments: defineRpc({
    subject: 'projects.import.assignments',
    request: ImportAssignmentsCommand,
    response: AssignmentImportReportView,
    permission: 'projects:manage',
    scope: 'region',
  }),
};

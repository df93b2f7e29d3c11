import { Injectable } from '@nestjs/common';
import { can, schoolFor, type Actor, type SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import {
  PROJECTS_RPC,
  type AssignExpertsCommand,
  type AssignmentCommand,
  type ConfirmConflictCommand,
  type DeclareConflictCommand,
  type CreateRubricVersionCommand,
  type CreateSeasonCommand,
  type GetStageRubricRequest,
  type GetStageSummaryRequest,
  type ListConflictsQuery,
  type ListNominationCandidatesQuery,
  type NominateWorksCommand,
  type PublishResultsCommand,
  type SaveStageSettingsCommand,
  type ListAssignmentsQuery,
  type ListScheduleQuery,
  type ListSheetsQuery,
  type ListWorksQuery,
  type RegisterWorkCommand,
  type ReopenSheetCommand,
  type SaveSectionCommand,
  type SaveSheetCommand,
  type ScheduleWorkCommand,
  type SubmitSheetCommand,
} from '@orbita/projects/rpc';
import { RpcHandler } from '@orbita/service-host';
import { ConflictsService } from './conflicts/conflicts.service';
import { ExpertAssignmentService } from './judging/expert-assignment.service';
import { StageSettingsService } from './judging/stage-settings.service';
import { StageSummaryService } from './judging/stage-summary.service';
import { ResultsService } from './results/results.service';
import { RubricsService } from './rubrics/rubrics.service';
import { SeasonsService } from './seasons/seasons.service';
import { SCHOOL_CHOICE_ERRORS } from './shared/projects-errors';
import { readerOf } from './shared/reader';
import { AssignmentsService } from './sheets/assignments.service';
import { SheetsService } from './sheets/sheets.service';
import { WorksService } from './works/works.service';

/**
 * Seasons, works, rubrics, assignments and expert sheets over request/reply. The host has checked each
 * contract's permission and scope; handlers confine school accounts to their `scope` and experts to
 * the works assigned to their registry person.
 */
@Injectable()
export class DefencesHandlers {
  constructor(
    private readonly seasons: SeasonsService,
    private readonly works: WorksService,
    private readonly rubrics: RubricsService,
    private readonly assignments: AssignmentsService,
    private readonly sheets: SheetsService,
    private readonly expertAssignment: ExpertAssignmentService,
    private readonly stageSummary: StageSummaryService,
    private readonly conflicts: ConflictsService,
    private readonly results: ResultsService,
    private readonly stageSettings: StageSettingsService,
  ) {}

  @RpcHandler(PROJECTS_RPC.createSeason)
  createSeason(command: CreateSeasonCommand) {
    return this.seasons.create(command);
  }

  @RpcHandler(PROJECTS_RPC.listSeasons)
  listSeasons() {
    return this.seasons.list();
  }

  @RpcHandler(PROJECTS_RPC.getSeason)
  getSeason(request: ByIdRequest) {
    return this.seasons.get(request.id);
  }

  @RpcHandler(PROJECTS_RPC.saveSection)
  saveSection(command: SaveSectionCommand) {
    return this.seasons.saveSection(command);
  }

  @RpcHandler(PROJECTS_RPC.scheduleWork)
  scheduleWork(command: ScheduleWorkCommand) {
    return this.seasons.schedule(command);
  }

  @RpcHandler(PROJECTS_RPC.listSchedule)
  listSchedule(query: ListScheduleQuery, actor: Actor, scope: SchoolScope) {
    return this.seasons.listSchedule(query, readerOf(actor, scope));
  }

  @RpcHandler(PROJECTS_RPC.closeStage)
  closeStage(request: ByIdRequest) {
    return this.sheets.closeStage(request.id);
  }

  @RpcHandler(PROJECTS_RPC.registerWork)
  registerWork(command: RegisterWorkCommand, _actor: Actor, scope: SchoolScope) {
    return this.works.register(command, schoolFor(scope, command.schoolId, SCHOOL_CHOICE_ERRORS));
  }

  @RpcHandler(PROJECTS_RPC.getWork)
  getWork(request: ByIdRequest, actor: Actor, scope: SchoolScope) {
    return this.works.get(request.id, readerOf(actor, scope));
  }

  @RpcHandler(PROJECTS_RPC.listWorks)
  listWorks(query: ListWorksQuery, actor: Actor, scope: SchoolScope) {
    return this.works.list(query, readerOf(actor, scope));
  }

  @RpcHandler(PROJECTS_RPC.createRubricVersion)
  createRubricVersion(command: CreateRubricVersionCommand) {
    return this.rubrics.createVersion(command);
  }

  @RpcHandler(PROJECTS_RPC.getStageRubric)
  getStageRubric(request: GetStageRubricRequest) {
    return this.rubrics.current(request.stageId);
  }

  @RpcHandler(PROJECTS_RPC.assignExpert)
  assignExpert(command: AssignmentCommand) {
    return this.assignments.assign(command);
  }

  @RpcHandler(PROJECTS_RPC.listAssignments)
  listAssignments(query: ListAssignmentsQuery) {
    return this.assignments.list(query);
  }

  @RpcHandler(PROJECTS_RPC.assignExperts)
  assignExperts(command: AssignExpertsCommand) {
    return this.expertAssignment.assignExperts(command);
  }

  @RpcHandler(PROJECTS_RPC.declareConflict)
  declareConflict(command: DeclareConflictCommand, actor: Actor) {
    return this.conflicts.declare(command, actor.personId ?? null);
  }

  @RpcHandler(PROJECTS_RPC.confirmConflict)
  confirmConflict(command: ConfirmConflictCommand) {
    return this.conflicts.confirm(command);
  }

  @RpcHandler(PROJECTS_RPC.listConflicts)
  listConflicts(query: ListConflictsQuery) {
    return this.conflicts.list(query);
  }

  @RpcHandler(PROJECTS_RPC.nominateWorks)
  nominateWorks(command: NominateWorksCommand, _actor: Actor, scope: SchoolScope) {
    return this.results.nominate(command, schoolFor(scope, command.schoolId, SCHOOL_CHOICE_ERRORS));
  }

  @RpcHandler(PROJECTS_RPC.listNominationCandidates)
  listNominationCandidates(query: ListNominationCandidatesQuery, _actor: Actor, scope: SchoolScope) {
    return this.results.candidates(query, schoolFor(scope, query.schoolId, SCHOOL_CHOICE_ERRORS));
  }

  @RpcHandler(PROJECTS_RPC.publishResults)
  publishResults(command: PublishResultsCommand) {
    return this.results.publish(command);
  }

  @RpcHandler(PROJECTS_RPC.saveStageSettings)
  saveStageSettings(command: SaveStageSettingsCommand) {
    return this.stageSettings.save(command);
  }

  @RpcHandler(PROJECTS_RPC.getStageSummary)
  getStageSummary(request: GetStageSummaryRequest) {
    return this.stageSummary.summary(request.stageId);
  }

  @RpcHandler(PROJECTS_RPC.unassignExpert)
  unassignExpert(command: AssignmentCommand) {
    return this.assignments.unassign(command);
  }

  @RpcHandler(PROJECTS_RPC.saveSheet)
  saveSheet(command: SaveSheetCommand, actor: Actor) {
    return this.sheets.save(command, actor.personId ?? null);
  }

  @RpcHandler(PROJECTS_RPC.submitSheet)
  submitSheet(command: SubmitSheetCommand, actor: Actor) {
    return this.sheets.submit(command, actor.personId ?? null);
  }

  @RpcHandler(PROJECTS_RPC.reopenSheet)
  reopenSheet(command: ReopenSheetCommand) {
    return this.sheets.reopen(command);
  }

  @RpcHandler(PROJECTS_RPC.listSheets)
  listSheets(query: ListSheetsQuery, actor: Actor, scope: SchoolScope) {
    return this.sheets.list(query, readerOf(actor, scope), can(actor.role, 'projects:manage'));
  }
}

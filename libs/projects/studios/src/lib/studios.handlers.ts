import { Injectable } from '@nestjs/common';
import { schoolFor, type Actor, type SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import {
  STUDIOS_RPC,
  type ApplyForStudioCommand,
  type ByCycleRequest,
  type DecideStudioApplicationCommand,
  type ExplainStudioStandingRequest,
  type ListCreditFactsQuery,
  type ListStudioApplicationsQuery,
  type OpenStudioCycleCommand,
  type PreviewStudioRankingCommand,
  type ResubmitStudioApplicationCommand,
  type SetStudioCriteriaCommand,
  type SubmitCreditFactCommand,
  type VerifyCreditFactCommand,
} from '@orbita/projects/rpc';
import { RpcHandler } from '@orbita/service-host';
import { ApplicationsService } from './applications/applications.service';
import { CyclesService } from './cycles/cycles.service';
import { FactsService } from './facts/facts.service';
import { notForExperts, SCHOOL_CHOICE_ERRORS } from './shared/studios-errors';
import { StandingsService } from './standings/standings.service';

/** The scope of a school-scoped read; experts, whose `projects:read` is for assigned works, get 403. */
export function readerScope(actor: Actor, scope: SchoolScope): SchoolScope {
  if (actor.role === 'expert') throw notForExperts();
  return scope;
}

/**
 * The studios over request/reply. The host has checked each contract's permission and scope; handlers
 * confine school accounts to their `scope` (another school's records answer 404).
 */
@Injectable()
export class StudiosHandlers {
  constructor(
    private readonly cycles: CyclesService,
    private readonly applications: ApplicationsService,
    private readonly facts: FactsService,
    private readonly standings: StandingsService,
  ) {}

  @RpcHandler(STUDIOS_RPC.openCycle)
  openCycle(command: OpenStudioCycleCommand) {
    return this.cycles.open(command);
  }

  @RpcHandler(STUDIOS_RPC.setCriteria)
  setCriteria(command: SetStudioCriteriaCommand) {
    return this.cycles.setCriteria(command);
  }

  @RpcHandler(STUDIOS_RPC.listCycles)
  listCycles() {
    return this.cycles.list();
  }

  @RpcHandler(STUDIOS_RPC.getCycle)
  getCycle(request: ByIdRequest) {
    return this.cycles.get(request.id);
  }

  @RpcHandler(STUDIOS_RPC.apply)
  apply(command: ApplyForStudioCommand, _actor: Actor, scope: SchoolScope) {
    return this.applications.apply(command, schoolFor(scope, command.schoolId, SCHOOL_CHOICE_ERRORS));
  }

  @RpcHandler(STUDIOS_RPC.resubmitApplication)
  resubmitApplication(command: ResubmitStudioApplicationCommand, _actor: Actor, scope: SchoolScope) {
    return this.applications.resubmit(command, scope);
  }

  @RpcHandler(STUDIOS_RPC.decideApplication)
  decideApplication(command: DecideStudioApplicationCommand) {
    return this.applications.decide(command);
  }

  @RpcHandler(STUDIOS_RPC.getApplication)
  getApplication(request: ByIdRequest, actor: Actor, scope: SchoolScope) {
    return this.applications.get(request.id, readerScope(actor, scope));
  }

  @RpcHandler(STUDIOS_RPC.listApplications)
  listApplications(query: ListStudioApplicationsQuery, actor: Actor, scope: SchoolScope) {
    return this.applications.list(query, readerScope(actor, scope));
  }

  @RpcHandler(STUDIOS_RPC.listStudios)
  listStudios(request: ByCycleRequest, actor: Actor, scope: SchoolScope) {
    return this.applications.listStudios(request.cycleId, readerScope(actor, scope));
  }

  @RpcHandler(STUDIOS_RPC.submitFact)
  submitFact(command: SubmitCreditFactCommand, actor: Actor, scope: SchoolScope) {
    return this.facts.submit(command, actor, scope);
  }

  @RpcHandler(STUDIOS_RPC.verifyFact)
  verifyFact(command: VerifyCreditFactCommand) {
    return this.facts.verify(command);
  }

  @RpcHandler(STUDIOS_RPC.listFacts)
  listFacts(query: ListCreditFactsQuery, actor: Actor, scope: SchoolScope) {
    return this.facts.list(query, readerScope(actor, scope));
  }

  @RpcHandler(STUDIOS_RPC.getRanking)
  getRanking(request: ByCycleRequest) {
    return this.standings.ranking(request.cycleId);
  }

  @RpcHandler(STUDIOS_RPC.explainStanding)
  explainStanding(request: ExplainStudioStandingRequest, actor: Actor, scope: SchoolScope) {
    return this.standings.explain(request.studioId, readerScope(actor, scope));
  }

  @RpcHandler(STUDIOS_RPC.previewRanking)
  previewRanking(command: PreviewStudioRankingCommand) {
    return this.standings.preview(command);
  }

  @RpcHandler(STUDIOS_RPC.publishRanking)
  publishRanking(request: ByCycleRequest) {
    return this.standings.publish(request.cycleId);
  }
}

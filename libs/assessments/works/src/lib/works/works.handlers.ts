import { Injectable } from '@nestjs/common';
import {
  ASSESSMENTS_RPC,
  type CreateWorkCommand,
  type ExportProtocolTemplateRequest,
  type GetWorkVersionRequest,
  type IssueParticipantCodesCommand,
  type ListParticipantCodesQuery,
  type ListWorksQuery,
  type ReviseWorkCommand,
} from '@orbita/assessments/rpc';
import { SCHOOL_CHOICE_ERRORS } from '@orbita/assessments/core';
import { schoolFor, type Actor, type SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import { RpcHandler } from '@orbita/service-host';
import { ParticipantCodesService } from '../codes/participant-codes.service';
import { ProtocolTemplateService } from '../template/protocol-template.service';
import { WorksService } from './works.service';

/** Works, their versions, participant codes and protocol templates over request/reply. */
@Injectable()
export class WorksHandlers {
  constructor(
    private readonly works: WorksService,
    private readonly codes: ParticipantCodesService,
    private readonly templates: ProtocolTemplateService,
  ) {}

  @RpcHandler(ASSESSMENTS_RPC.listWorks)
  list(query: ListWorksQuery, _actor: Actor, scope: SchoolScope) {
    return this.works.list(query, scope);
  }

  @RpcHandler(ASSESSMENTS_RPC.getWork)
  get(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.works.get(request.id, scope);
  }

  @RpcHandler(ASSESSMENTS_RPC.getWorkVersion)
  getVersion(request: GetWorkVersionRequest, _actor: Actor, scope: SchoolScope) {
    return this.works.getVersion(request.id, request.version, scope);
  }

  @RpcHandler(ASSESSMENTS_RPC.createWork)
  create(command: CreateWorkCommand, actor: Actor) {
    return this.works.create(command, actor.userId);
  }

  @RpcHandler(ASSESSMENTS_RPC.reviseWork)
  revise(command: ReviseWorkCommand, actor: Actor) {
    return this.works.revise(command, actor.userId, 'revise');
  }

  @RpcHandler(ASSESSMENTS_RPC.publishWorkVersion)
  publishVersion(command: ReviseWorkCommand, actor: Actor) {
    return this.works.revise(command, actor.userId, 'new-version');
  }

  @RpcHandler(ASSESSMENTS_RPC.issueParticipantCodes)
  issueCodes(command: IssueParticipantCodesCommand, actor: Actor, scope: SchoolScope) {
    return this.codes.issue(command.workId, schoolFor(scope, command.schoolId, SCHOOL_CHOICE_ERRORS), command.count, scope, actor.userId);
  }

  @RpcHandler(ASSESSMENTS_RPC.listParticipantCodes)
  listCodes(query: ListParticipantCodesQuery, _actor: Actor, scope: SchoolScope) {
    return this.codes.list(query, scope);
  }

  @RpcHandler(ASSESSMENTS_RPC.exportProtocolTemplate)
  exportTemplate(request: ExportProtocolTemplateRequest, _actor: Actor, scope: SchoolScope) {
    return this.templates.export(request.workId, schoolFor(scope, request.schoolId, SCHOOL_CHOICE_ERRORS), scope);
  }
}

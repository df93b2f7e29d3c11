import { Injectable } from '@nestjs/common';
import { schoolScopeOf } from '@orbita/auth';
import {
  ASSESSMENTS_RPC,
  ByIdRequest,
  CreateWorkCommand,
  ExportProtocolTemplateRequest,
  GetWorkVersionRequest,
  IssueParticipantCodesCommand,
  ListParticipantCodesQuery,
  ListWorksQuery,
  ReviseWorkCommand,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { actorWith, RpcHandler } from '@orbita/service-host';
import { ParticipantCodesService } from '../codes/participant-codes.service';
import { schoolFor } from '../shared/access';
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

  @RpcHandler(ASSESSMENTS_RPC.listWorks, ListWorksQuery)
  list(query: ListWorksQuery, context: RpcContext) {
    return this.works.list(query, schoolScopeOf(actorWith(context, 'works:read')));
  }

  @RpcHandler(ASSESSMENTS_RPC.getWork, ByIdRequest)
  get(request: ByIdRequest, context: RpcContext) {
    return this.works.get(request.id, schoolScopeOf(actorWith(context, 'works:read')));
  }

  @RpcHandler(ASSESSMENTS_RPC.getWorkVersion, GetWorkVersionRequest)
  getVersion(request: GetWorkVersionRequest, context: RpcContext) {
    return this.works.getVersion(request.id, request.version, schoolScopeOf(actorWith(context, 'works:read')));
  }

  @RpcHandler(ASSESSMENTS_RPC.createWork, CreateWorkCommand)
  create(command: CreateWorkCommand, context: RpcContext) {
    return this.works.create(command, actorWith(context, 'works:write').userId);
  }

  @RpcHandler(ASSESSMENTS_RPC.reviseWork, ReviseWorkCommand)
  revise(command: ReviseWorkCommand, context: RpcContext) {
    return this.works.revise(command, actorWith(context, 'works:write').userId, 'revise');
  }

  @RpcHandler(ASSESSMENTS_RPC.publishWorkVersion, ReviseWorkCommand)
  publishVersion(command: ReviseWorkCommand, context: RpcContext) {
    return this.works.revise(command, actorWith(context, 'works:write').userId, 'new-version');
  }

  @RpcHandler(ASSESSMENTS_RPC.issueParticipantCodes, IssueParticipantCodesCommand)
  issueCodes(command: IssueParticipantCodesCommand, context: RpcContext) {
    const actor = actorWith(context, 'protocols:submit');
    return this.codes.issue(command.workId, schoolFor(actor, command.schoolId), command.count, schoolScopeOf(actor), actor.userId);
  }

  @RpcHandler(ASSESSMENTS_RPC.listParticipantCodes, ListParticipantCodesQuery)
  listCodes(query: ListParticipantCodesQuery, context: RpcContext) {
    return this.codes.list(query, schoolScopeOf(actorWith(context, 'protocols:read')));
  }

  @RpcHandler(ASSESSMENTS_RPC.exportProtocolTemplate, ExportProtocolTemplateRequest)
  exportTemplate(request: ExportProtocolTemplateRequest, context: RpcContext) {
    const actor = actorWith(context, 'works:read');
    return this.templates.export(request.workId, schoolFor(actor, request.schoolId), schoolScopeOf(actor));
  }
}

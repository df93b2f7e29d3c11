import { Injectable } from '@nestjs/common';
import { schoolScopeOf } from '@orbita/auth';
import {
  ASSESSMENTS_RPC,
  ByIdRequest,
  ListProtocolRowsQuery,
  ListProtocolsQuery,
  ReturnProtocolCommand,
  UploadProtocolCommand,
} from '@orbita/contracts';
import type { RpcContext } from '@orbita/messaging';
import { actorWith, RpcHandler } from '@orbita/service-host';
import { ProtocolIntakeService } from '../intake/protocol-intake.service';
import { ProtocolsService } from './protocols.service';

/** Protocols over request/reply; their files travel through the transfer bucket. */
@Injectable()
export class ProtocolsHandlers {
  constructor(
    private readonly protocols: ProtocolsService,
    private readonly intake: ProtocolIntakeService,
  ) {}

  @RpcHandler(ASSESSMENTS_RPC.uploadProtocol, UploadProtocolCommand)
  upload(command: UploadProtocolCommand, context: RpcContext) {
    return this.intake.upload(command, actorWith(context, 'protocols:submit'));
  }

  @RpcHandler(ASSESSMENTS_RPC.getProtocolUpload, ByIdRequest)
  getUpload(request: ByIdRequest, context: RpcContext) {
    return this.intake.progress(request.id, schoolScopeOf(actorWith(context, 'protocols:read')));
  }

  @RpcHandler(ASSESSMENTS_RPC.listProtocols, ListProtocolsQuery)
  list(query: ListProtocolsQuery, context: RpcContext) {
    return this.protocols.list(query, schoolScopeOf(actorWith(context, 'protocols:read')));
  }

  @RpcHandler(ASSESSMENTS_RPC.getProtocol, ByIdRequest)
  get(request: ByIdRequest, context: RpcContext) {
    return this.protocols.get(request.id, schoolScopeOf(actorWith(context, 'protocols:read')));
  }

  @RpcHandler(ASSESSMENTS_RPC.listProtocolVersions, ByIdRequest)
  versions(request: ByIdRequest, context: RpcContext) {
    return this.protocols.versions(request.id, schoolScopeOf(actorWith(context, 'protocols:read')));
  }

  @RpcHandler(ASSESSMENTS_RPC.listProtocolRows, ListProtocolRowsQuery)
  rows(query: ListProtocolRowsQuery, context: RpcContext) {
    return this.protocols.rows(query, schoolScopeOf(actorWith(context, 'protocols:read')));
  }

  @RpcHandler(ASSESSMENTS_RPC.submitProtocol, ByIdRequest)
  submit(request: ByIdRequest, context: RpcContext) {
    const actor = actorWith(context, 'protocols:submit');
    return this.protocols.submit(request.id, schoolScopeOf(actor), actor.userId);
  }

  @RpcHandler(ASSESSMENTS_RPC.acceptProtocol, ByIdRequest)
  accept(request: ByIdRequest, context: RpcContext) {
    return this.protocols.accept(request.id, actorWith(context, 'protocols:review').userId);
  }

  @RpcHandler(ASSESSMENTS_RPC.returnProtocol, ReturnProtocolCommand)
  return(command: ReturnProtocolCommand, context: RpcContext) {
    return this.protocols.return(command.id, command.comment, actorWith(context, 'protocols:review').userId);
  }
}

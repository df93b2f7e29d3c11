import { Injectable } from '@nestjs/common';
import { ASSESSMENTS_RPC, type ListProtocolRowsQuery, type ListProtocolsQuery, type ReturnProtocolCommand } from '@orbita/assessments/rpc';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import { RpcHandler } from '@orbita/service-host';
import { ProtocolsService } from './protocols.service';

/** Protocols after intake over request/reply: reading them and their lifecycle. */
@Injectable()
export class ProtocolsHandlers {
  constructor(private readonly protocols: ProtocolsService) {}

  @RpcHandler(ASSESSMENTS_RPC.listProtocols)
  list(query: ListProtocolsQuery, _actor: Actor, scope: SchoolScope) {
    return this.protocols.list(query, scope);
  }

  @RpcHandler(ASSESSMENTS_RPC.getProtocol)
  get(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.protocols.get(request.id, scope);
  }

  @RpcHandler(ASSESSMENTS_RPC.listProtocolVersions)
  versions(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.protocols.versions(request.id, scope);
  }

  @RpcHandler(ASSESSMENTS_RPC.listProtocolRows)
  rows(query: ListProtocolRowsQuery, _actor: Actor, scope: SchoolScope) {
    return this.protocols.rows(query, scope);
  }

  @RpcHandler(ASSESSMENTS_RPC.submitProtocol)
  submit(request: ByIdRequest, actor: Actor, scope: SchoolScope) {
    return this.protocols.submit(request.id, scope, actor.userId);
  }

  @RpcHandler(ASSESSMENTS_RPC.acceptProtocol)
  accept(request: ByIdRequest, actor: Actor) {
    return this.protocols.accept(request.id, actor.userId);
  }

  @RpcHandler(ASSESSMENTS_RPC.returnProtocol)
  return(command: ReturnProtocolCommand, actor: Actor) {
    return this.protocols.return(command.id, command.comment, actor.userId);
  }
}

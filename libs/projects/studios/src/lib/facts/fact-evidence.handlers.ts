import { Injectable } from '@nestjs/common';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import { STUDIOS_RPC, type AttachFactEvidenceCommand } from '@orbita/projects/rpc';
import { RpcHandler } from '@orbita/service-host';
import { readerScope } from '../studios.handlers';
import { FactEvidenceService } from './fact-evidence.service';

/** Credit facts' evidence over request/reply; the bytes travel through the transfer bucket. */
@Injectable()
export class FactEvidenceHandlers {
  constructor(private readonly evidence: FactEvidenceService) {}

  @RpcHandler(STUDIOS_RPC.attachFactEvidence)
  attach(command: AttachFactEvidenceCommand, actor: Actor, scope: SchoolScope) {
    return this.evidence.attach(command, actor, scope);
  }

  @RpcHandler(STUDIOS_RPC.getFactEvidence)
  get(request: ByIdRequest, actor: Actor, scope: SchoolScope) {
    return this.evidence.get(request.id, readerScope(actor, scope));
  }

  @RpcHandler(STUDIOS_RPC.downloadFactEvidence)
  download(request: ByIdRequest, actor: Actor, scope: SchoolScope) {
    return this.evidence.download(request.id, readerScope(actor, scope));
  }
}

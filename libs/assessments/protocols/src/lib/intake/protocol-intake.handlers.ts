import { Injectable } from '@nestjs/common';
import { ASSESSMENTS_RPC, type UploadProtocolCommand } from '@orbita/assessments/rpc';
import type { Actor, SchoolScope } from '@orbita/auth';
import type { ByIdRequest } from '@orbita/contracts';
import { RpcHandler } from '@orbita/service-host';
import { ProtocolIntakeService } from './protocol-intake.service';

/** Protocol uploads over request/reply; the files travel through the transfer bucket. */
@Injectable()
export class ProtocolIntakeHandlers {
  constructor(private readonly intake: ProtocolIntakeService) {}

  @RpcHandler(ASSESSMENTS_RPC.uploadProtocol)
  upload(command: UploadProtocolCommand, actor: Actor, scope: SchoolScope) {
    return this.intake.upload(command, actor, scope);
  }

  @RpcHandler(ASSESSMENTS_RPC.getProtocolUpload)
  getUpload(request: ByIdRequest, _actor: Actor, scope: SchoolScope) {
    return this.intake.progress(request.id, scope);
  }
}

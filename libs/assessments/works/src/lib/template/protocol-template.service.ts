import { Injectable } from '@nestjs/common';
import { writeProtocolTemplate } from '@orbita/assessments/protocol-files';
import { XLSX_MEDIA_TYPE, type TransferFileView } from '@orbita/contracts';
import { Transfers } from '@orbita/service-host';
import type { SchoolScope } from '@orbita/auth';
import { ParticipantCodesService } from '../codes/participant-codes.service';
import { WorksService } from '../works/works.service';

/** The XLSX protocol template of (work, school), handed to the gateway through the transfer bucket. */
@Injectable()
export class ProtocolTemplateService {
  constructor(
    private readonly works: WorksService,
    private readonly codes: ParticipantCodesService,
    private readonly transfers: Transfers,
  ) {}

  async export(workId: string, schoolId: string, scope: SchoolScope): Promise<TransferFileView> {
    const version = await this.works.currentFor(workId, schoolId, scope);
    const content = await writeProtocolTemplate({
      workId,
      workVersion: version.version,
      schoolId,
      title: version.title,
      tasks: version.tasks,
      codes: version.openCodes ? [] : await this.codes.issuedTo(workId, schoolId),
    });
    const { name, size } = await (await this.transfers.bucket()).put(content);
    return {
      objectName: name,
      fileName: `Протокол ${version.title} v${version.version}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'),
      contentType: XLSX_MEDIA_TYPE,
      size,
    };
  }
}

import {
  Controller,
  Delete,
  Get,
  Header,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  StreamableFile,
} from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { ROADMAP_RPC, type EvidenceDownloadView } from '@orbita/contracts';
import { AuditResource, CurrentActor, ReadsPersonalData, RequirePermission } from '@orbita/gateway/auth';
import { ApiProblemResponses, attachmentDisposition, ServiceClient } from '@orbita/gateway/feature-http';
import { CodedException, CommonErrorCode } from '@orbita/observability';

/** `/api/v1/roadmap-evidence`: one uploaded document, to download or remove. */
@ApiTags('roadmap')
@Controller('roadmap-evidence')
@AuditResource('roadmap-evidence')
export class RoadmapEvidenceController {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {}

  @Get(':id/content')
  @RequirePermission('roadmap:read')
  // Protocols and lists name pupils: every download is audited, and nothing caches it.
  @ReadsPersonalData()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({ summary: 'Download the document, under its file name' })
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({
    description:
      'The file, with its detected content type and `Content-Disposition: attachment` (RFC 5987 `filename*` for Cyrillic names)',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiProblemResponses(400, 404)
  async content(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const download = await this.registry.request<EvidenceDownloadView>(
      ROADMAP_RPC.downloadEvidence,
      { id },
      actor,
    );
    const bucket = await this.registry.transfers('registry');
    const stream = await bucket.stream(download.objectName);
    if (!stream)
      throw new CodedException(
        CommonErrorCode.SERVICE_UNAVAILABLE,
        503,
        'The file did not arrive from the registry; try again',
      );
    // Sent or abandoned, the copy in the transfer bucket has done its job.
    stream.once('close', () => void bucket.delete(download.objectName).catch(() => undefined));
    return new StreamableFile(stream, {
      type: download.contentType,
      length: download.size,
      disposition: attachmentDisposition(download.fileName),
    });
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('roadmap:evidence')
  @ApiOperation({ summary: 'Remove the document; removing what completed an activity reopens it' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiProblemResponses(400, 404)
  async remove(@Param('id', ParseUUIDPipe) id: string, @CurrentActor() actor: Actor): Promise<void> {
    await this.registry.request(ROADMAP_RPC.deleteEvidence, { id }, actor);
  }
}

import { Get, Header, Inject, Param, ParseUUIDPipe, StreamableFile, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces } from '@nestjs/swagger';
import type { Actor } from '@orbita/auth';
import { ROADMAP_RPC } from '@orbita/registry/rpc';
import { CurrentActor, ReadsPersonalData, RequirePermission } from '@orbita/gateway/auth';
import { ApiProblemResponses, attachmentDisposition, ServiceClient } from '@orbita/gateway/feature-http';
import { resource, route } from '@orbita/gateway/resources';
import { CodedException, CommonErrorCode } from '@orbita/observability';

/** The routes of `/roadmap-evidence` that forward to the registry as they are. */
const RoadmapEvidenceRoutes = resource({
  name: 'RoadmapEvidence',
  path: 'roadmap-evidence',
  tag: 'roadmap',
  audit: 'roadmap-evidence',
  routes: [
    route.delete(':id', 'remove', ROADMAP_RPC.deleteEvidence, {
      summary: 'Remove the document; removing what completed an activity reopens it',
      description: 'Removed',
      problems: [400, 404],
    }),
  ],
});

/** `/api/v1/roadmap-evidence`: one uploaded document, to download (written here: a stream) or remove. */
export class RoadmapEvidenceController extends (RoadmapEvidenceRoutes as Type<object>) {
  constructor(@Inject(ServiceClient) private readonly registry: ServiceClient) {
    super(registry);
  }

  @Get(':id/content')
  @RequirePermission(ROADMAP_RPC.downloadEvidence.permission)
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
    const download = await this.registry.request(ROADMAP_RPC.downloadEvidence, { id }, actor);
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
}

import { Get, Inject, Param, ParseUUIDPipe, Post, Req, StreamableFile, type Type } from '@nestjs/common';
import type { Actor } from '@orbita/auth';
import { CurrentActor } from '@orbita/gateway/auth';
import { ServiceClient, TransferFiles } from '@orbita/gateway/feature-http';
import { resource, route } from '@orbita/gateway/resources';
import { FactEvidenceView, STUDIOS_RPC } from '@orbita/projects/rpc';
import type { FastifyRequest } from 'fastify';
import { DOCUMENT_UPLOAD, DocumentDownloadRoute, DocumentUploadRoute } from './document-upload';

const FactEvidenceRoutes = resource({
  name: 'CreditFactEvidence',
  path: 'credit-facts',
  tag: 'credit-facts',
  audit: 'credit-fact',
  routes: [
    route.get(':id/evidence', 'getEvidence', STUDIOS_RPC.getFactEvidence, {
      summary: 'What the fact’s evidence file is (name, format, size, digest); 404 while it has none',
      problems: [400, 403, 404],
    }),
  ],
});

/**
 * `/api/v1/credit-facts/{id}/evidence`: the evidence of a regional-credit fact. The studio's school
 * uploads it while the fact awaits verification; the regional centre, verifying, and the school
 * download it; another school's fact answers 404.
 */
export class CreditFactEvidenceController extends (FactEvidenceRoutes as Type<object>) {
  constructor(
    @Inject(ServiceClient) private readonly projects: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {
    super(projects);
  }

  @Post(':id/evidence')
  @DocumentUploadRoute(STUDIOS_RPC.attachFactEvidence.permission, {
    summary: 'Upload (or replace) the evidence of a fact awaiting verification',
    description:
      'The format is judged by the content, not the name. A fact already accepted or rejected keeps the evidence it was judged on (409).',
    view: FactEvidenceView,
    problems: [400, 404, 409, 413, 415, 422],
  })
  async attachEvidence(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<FactEvidenceView> {
    const upload = await this.files.receive(request, DOCUMENT_UPLOAD);
    // From here the projects service owns the upload: it removes it whether it keeps it or not.
    return this.projects.request(
      STUDIOS_RPC.attachFactEvidence,
      { factId: id, objectName: upload.objectName, fileName: upload.fileName },
      actor,
    );
  }

  @Get(':id/evidence/content')
  @DocumentDownloadRoute(STUDIOS_RPC.downloadFactEvidence.permission, {
    summary: 'Download the fact’s evidence, under its name',
    problems: [400, 403, 404],
  })
  async downloadEvidence(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const download = await this.projects.request(STUDIOS_RPC.downloadFactEvidence, { id }, actor);
    return this.files.send('projects', download);
  }
}

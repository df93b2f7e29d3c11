import { Get, Inject, Param, ParseUUIDPipe, Post, Req, StreamableFile, type Type } from '@nestjs/common';
import type { Actor } from '@orbita/auth';
import { CurrentActor } from '@orbita/gateway/auth';
import { ServiceClient, TransferFiles } from '@orbita/gateway/feature-http';
import { resource, route } from '@orbita/gateway/resources';
import { PROJECTS_RPC, WorkFileView } from '@orbita/projects/rpc';
import type { FastifyRequest } from 'fastify';
import { DOCUMENT_UPLOAD, DocumentDownloadRoute, DocumentUploadRoute } from './document-upload';

const WorkFileRoutes = resource({
  name: 'ProjectWorkFiles',
  path: 'project-works',
  tag: 'project-works',
  audit: 'project-work',
  routes: [
    route.get(':id/file', 'getFile', PROJECTS_RPC.getWorkFile, {
      summary: 'What the work’s file is (name, format, size, digest); 404 while it has none',
      problems: [400, 404],
    }),
  ],
});

/**
 * `/api/v1/project-works/{id}/file`: the text of a work. Its school (or the region) uploads it; every
 * reader of the work — its school, the region, an expert assigned to it — downloads it.
 */
export class ProjectWorkFilesController extends (WorkFileRoutes as Type<object>) {
  constructor(
    @Inject(ServiceClient) private readonly projects: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {
    super(projects);
  }

  @Post(':id/file')
  @DocumentUploadRoute(PROJECTS_RPC.attachWorkFile.permission, {
    summary: 'Upload (or replace) the work’s file: the text of the work',
    description:
      'The format is judged by the content, not the name; the file is kept under its name with the extension its content calls for.',
    view: WorkFileView,
    problems: [400, 404, 413, 415, 422],
  })
  async attachFile(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @CurrentActor() actor: Actor,
  ): Promise<WorkFileView> {
    const upload = await this.files.receive(request, DOCUMENT_UPLOAD);
    // From here the projects service owns the upload: it removes it whether it keeps it or not.
    return this.projects.request(
      PROJECTS_RPC.attachWorkFile,
      { workId: id, objectName: upload.objectName, fileName: upload.fileName },
      actor,
    );
  }

  @Get(':id/file/content')
  @DocumentDownloadRoute(PROJECTS_RPC.downloadWorkFile.permission, {
    summary: 'Download the work’s file, under its name',
    problems: [400, 404],
  })
  async downloadFile(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const download = await this.projects.request(PROJECTS_RPC.downloadWorkFile, { id }, actor);
    return this.files.send('projects', download);
  }
}

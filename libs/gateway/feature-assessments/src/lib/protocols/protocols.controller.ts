import { Inject, Post, Req, type Type } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiExtraModels, ApiOperation, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import {
  ASSESSMENTS_RPC,
  PROTOCOL_FILE_MAX_BYTES,
  PROTOCOL_ROW_SORT_FIELDS,
  PROTOCOL_SORT_FIELDS,
  UploadedProtocolView,
} from '@orbita/assessments/rpc';
import type { Actor } from '@orbita/auth';
import { CurrentActor, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import { ApiProblemResponses, PROBLEM_CONTENT_TYPE, ServiceClient, TransferFiles } from '@orbita/gateway/feature-http';
import { resource, route } from '@orbita/gateway/resources';
import type { FastifyRequest } from 'fastify';
import { PROTOCOL_UPLOAD_SCHEMA, ProtocolInvalidProblem, ProtocolUploadFields } from './protocol-upload.dto';

/** How long the gateway waits for the intake of a large file (read, checked and stored by assessments). */
const INTAKE_TIMEOUT_MS = 120_000;

/** The routes of `/protocols` that forward to assessments as they are. */
const ProtocolRoutes = resource({
  name: 'Protocols',
  path: 'protocols',
  tag: 'protocols',
  audit: 'protocol',
  routes: [
    route.get('', 'list', ASSESSMENTS_RPC.listProtocols, {
      summary: 'List protocols (filter by work, school, status)',
      list: { sortable: PROTOCOL_SORT_FIELDS },
      problems: [400],
    }),
    route.get(':id', 'get', ASSESSMENTS_RPC.getProtocol, { summary: 'One protocol with its current version', problems: [400, 404] }),
    route.get(':id/rows', 'rows', ASSESSMENTS_RPC.listProtocolRows, {
      summary: 'Rows of the current version (or of `versionId`), by participant code; no names',
      list: { sortable: PROTOCOL_ROW_SORT_FIELDS, search: 'Part of the participant code or class' },
      personalData: true,
      problems: [400, 404],
    }),
    route.get(':id/versions', 'versions', ASSESSMENTS_RPC.listProtocolVersions, {
      summary: 'Every version of the protocol, oldest first (the history stays)',
      problems: [400, 404],
    }),
    route.post(':id/submit', 'submit', ASSESSMENTS_RPC.submitProtocol, {
      summary: 'Submit the draft to the regional centre',
      details: 'Publishes the rows as `assessments.protocol.rows-recorded.v1` chunks (≤ 500 rows each), then `assessments.protocol.submitted.v1`.',
      status: 200,
      problems: [400, 404, 409],
    }),
    route.post(':id/accept', 'accept', ASSESSMENTS_RPC.acceptProtocol, {
      summary: 'Accept the submitted version',
      details: '`assessments.protocol.accepted.v1` is published.',
      status: 200,
      problems: [400, 404, 409],
    }),
    route.post(':id/return', 'return', ASSESSMENTS_RPC.returnProtocol, {
      summary: 'Return the submitted version to the school with a comment',
      details: '`assessments.protocol.returned.v1` is published; the school uploads and submits a new version.',
      bodySchema: 'ReturnProtocol',
      status: 200,
      problems: [400, 404, 409],
    }),
  ],
});

/**
 * `/api/v1/protocols`: protocols with results, one per work and school. A school account sees, uploads
 * and submits its own school's only (another school's protocol answers 404); the regional centre
 * accepts or returns them. Written here, the multipart upload; the rest is the route table.
 */
export class ProtocolsController extends (ProtocolRoutes as Type<object>) {
  constructor(
    @Inject(ServiceClient) private readonly assessments: ServiceClient,
    @Inject(TransferFiles) private readonly files: TransferFiles,
  ) {
    super(assessments);
  }

  @Post()
  @RequirePermission(ASSESSMENTS_RPC.uploadProtocol.permission)
  @ThrottleExpensive()
  @ApiOperation({
    summary: 'Upload a protocol file (XLSX or CSV) for a work',
    description:
      'The file is checked against the work’s current blueprint: participant codes (issued to the school, unless the work has open ' +
      'codes; no repeats), scores within 0..max with at most 2 decimals, the total if given, the template’s work and school. Rows ' +
      'without any score are taken as participants who did not sit the work. Any problem: 422 with the row-level report, nothing ' +
      'stored. Otherwise the file becomes the protocol’s draft (replacing an earlier draft; after a return, a new version), ' +
      'submitted at once with `submit=true`. Follow a large file with `uploadId` and GET /protocol-uploads/{uploadId}.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: PROTOCOL_UPLOAD_SCHEMA })
  @ApiCreatedResponse({ type: UploadedProtocolView })
  @ApiExtraModels(ProtocolInvalidProblem)
  @ApiResponse({
    status: 422,
    description: 'The file has problems (`ASSESSMENTS.PROTOCOL_INVALID`): the report lists them by row and column; nothing was stored',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProtocolInvalidProblem) } } },
  })
  @ApiProblemResponses(400, 403, 404, 409, 413, 415)
  async upload(@Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<UploadedProtocolView> {
    const upload = await this.files.receive(request, {
      service: 'assessments',
      maxBytes: PROTOCOL_FILE_MAX_BYTES,
      fields: ProtocolUploadFields,
    });
    // From here assessments owns the file: it removes it whether it accepts it or not.
    return this.assessments.request(
      ASSESSMENTS_RPC.uploadProtocol,
      { ...upload.fields, objectName: upload.objectName, fileName: upload.fileName },
      actor,
      { timeoutMs: INTAKE_TIMEOUT_MS },
    );
  }
}

/** `/api/v1/protocol-uploads/{id}`: how far the intake of an upload is, for a progress bar. */
export const ProtocolUploadsController = resource({
  name: 'ProtocolUploads',
  path: 'protocol-uploads',
  tag: 'protocols',
  routes: [
    route.get(':id', 'get', ASSESSMENTS_RPC.getProtocolUpload, {
      summary: 'Progress of an upload: phase, rows processed of rows total',
      problems: [400, 404],
    }),
  ],
});

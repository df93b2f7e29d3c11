import { applyDecorators, Header, type Type } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
} from '@nestjs/swagger';
import type { Permission } from '@orbita/auth';
import { ReadsPersonalData, RequirePermission, ThrottleExpensive } from '@orbita/gateway/auth';
import { ApiProblemResponses, type ReceiveOptions } from '@orbita/gateway/feature-http';
import { CodedException } from '@orbita/observability';
import { PROJECT_DOCUMENT_MAX_BYTES, ProjectsErrorCode } from '@orbita/projects/rpc';

/** `multipart/form-data` of a work's file or a fact's evidence, for OpenAPI. */
export const DOCUMENT_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['file'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: `The document: PDF, DOCX, DOC, ODT, XLSX, XLS, JPEG or PNG, judged by its content; at most ${PROJECT_DOCUMENT_MAX_BYTES / 1024 / 1024} MB`,
    },
  },
};

/**
 * How `TransferFiles.receive` reads a document upload into the projects service's bucket: a file over
 * the limit is refused here with the projects' own code, as the service would refuse it.
 */
export const DOCUMENT_UPLOAD = {
  service: 'projects',
  maxBytes: PROJECT_DOCUMENT_MAX_BYTES,
  tooLarge: (fileName, maxBytes) => {
    const message = `"${fileName}" is over ${maxBytes} bytes, the most a document may be`;
    return new CodedException(ProjectsErrorCode.DOCUMENT_TOO_LARGE, 413, message, [
      { field: 'file', message },
    ]);
  },
} satisfies ReceiveOptions;

/** What the download routes answer, for OpenAPI. */
export const DOCUMENT_DOWNLOAD_RESPONSE = {
  description:
    'The file, with its detected content type and `Content-Disposition: attachment` (RFC 5987 `filename*` for Cyrillic names)',
  schema: { type: 'string', format: 'binary' },
};

/** A route taking a document upload (multipart `file`): costly, so throttled; `view` is what it answers. */
export const DocumentUploadRoute = (
  permission: Permission,
  doc: { summary: string; description: string; view: Type<unknown>; problems: number[] },
) =>
  applyDecorators(
    RequirePermission(permission),
    ThrottleExpensive(),
    ApiOperation({ summary: doc.summary, description: doc.description }),
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: DOCUMENT_UPLOAD_SCHEMA }),
    ApiCreatedResponse({ type: doc.view, description: 'Kept' }),
    ApiProblemResponses(...doc.problems),
  );

/**
 * A route downloading a document. The documents (works, evidence) name or show pupils: every download
 * is audited, and nothing caches it.
 */
export const DocumentDownloadRoute = (permission: Permission, doc: { summary: string; problems: number[] }) =>
  applyDecorators(
    RequirePermission(permission),
    ReadsPersonalData(),
    Header('Cache-Control', 'private, no-store'),
    ApiOperation({ summary: doc.summary }),
    ApiProduces('application/octet-stream'),
    ApiOkResponse(DOCUMENT_DOWNLOAD_RESPONSE),
    ApiProblemResponses(...doc.problems),
  );

import type { ReceiveOptions } from '@orbita/gateway/feature-http';
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

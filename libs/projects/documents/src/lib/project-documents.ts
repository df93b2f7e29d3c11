import { Injectable, Logger } from '@nestjs/common';
import type { TransferFileView } from '@orbita/contracts';
import {
  DocumentRefused,
  readUploadedDocument,
  type DocumentRefusal,
  type UploadSource,
} from '@orbita/document-files';
import { CodedException } from '@orbita/observability';
import { PROJECT_DOCUMENT_MAX_BYTES, ProjectsErrorCode } from '@orbita/projects/rpc';
import { Transfers } from '@orbita/service-host';
import type { StoredDocument } from './stored-document';

/** How each refusal answers; every one names the form field `file`. */
const REFUSALS: Readonly<
  Record<DocumentRefusal, { code: ProjectsErrorCode; status: 400 | 413 | 415 | 422 }>
> = {
  missing: { code: ProjectsErrorCode.UPLOAD_MISSING, status: 400 },
  empty: { code: ProjectsErrorCode.DOCUMENT_EMPTY, status: 400 },
  'too-large': { code: ProjectsErrorCode.DOCUMENT_TOO_LARGE, status: 413 },
  'not-accepted': { code: ProjectsErrorCode.DOCUMENT_TYPE_NOT_ALLOWED, status: 415 },
  unreadable: { code: ProjectsErrorCode.DOCUMENT_UNREADABLE, status: 422 },
};

/**
 * Documents between the transfer bucket and the projects schema: an upload the gateway left there is
 * read, checked by content and size (document-files) and removed whatever the outcome; a download is
 * put there for the gateway to stream.
 */
@Injectable()
export class ProjectDocuments {
  private readonly logger = new Logger(ProjectDocuments.name);

  constructor(private readonly transfers: Transfers) {}

  /**
   * Hands `keep` the upload's reader, for it to call once it has found what the document belongs to (so a
   * record out of the caller's reach answers 404 whatever the file): the document checked, or a 4xx
   * naming the field `file`. The upload leaves the bucket either way.
   */
  async receive<T>(
    upload: { objectName: string; fileName: string },
    uploadedBy: string,
    keep: (read: () => Promise<StoredDocument>) => Promise<T>,
  ): Promise<T> {
    const bucket = await this.transfers.bucket();
    try {
      return await keep(() => this.read(bucket, upload, uploadedBy));
    } finally {
      await bucket
        .delete(upload.objectName)
        .catch((error: unknown) => this.logger.warn(`Upload not removed: ${String(error)}`));
    }
  }

  /** Puts the document in the transfer bucket for the gateway to stream, and says where. */
  async offer(document: StoredDocument): Promise<TransferFileView> {
    const { name } = await (await this.transfers.bucket()).put(document.content);
    return {
      objectName: name,
      fileName: document.fileName,
      contentType: document.contentType,
      size: document.sizeBytes,
    };
  }

  private async read(
    bucket: UploadSource,
    upload: { objectName: string; fileName: string },
    uploadedBy: string,
  ): Promise<StoredDocument> {
    try {
      const accepted = await readUploadedDocument(
        bucket,
        upload.objectName,
        upload.fileName,
        PROJECT_DOCUMENT_MAX_BYTES,
      );
      return {
        fileName: accepted.fileName,
        format: accepted.format,
        contentType: accepted.contentType,
        sizeBytes: accepted.content.length,
        sha256: accepted.sha256,
        content: accepted.content,
        uploadedBy,
        uploadedAt: new Date(),
      };
    } catch (error) {
      if (!(error instanceof DocumentRefused)) throw error;
      const { code, status } = REFUSALS[error.reason];
      const message =
        error.reason === 'unreadable'
          ? `"${upload.fileName}" does not open: ${error.message}`
          : error.message;
      throw new CodedException(code, status, message, [{ field: 'file', message }]);
    }
  }
}

import type { EvidenceFormat } from '@orbita/contracts';
import type { ProjectDocumentView } from '@orbita/projects/rpc';
import { Column } from 'typeorm';

/**
 * A document kept in the projects schema (a work's text, a credit fact's evidence), embedded in the
 * table of what it belongs to. The bytes live here: the transfer bucket only carries them for an hour.
 */
export class StoredDocument {
  @Column('text')
  fileName!: string;

  @Column('text')
  format!: EvidenceFormat;

  @Column('text')
  contentType!: string;

  @Column('integer')
  sizeBytes!: number;

  @Column('text')
  sha256!: string;

  @Column('bytea')
  content!: Buffer;

  @Column('uuid')
  uploadedBy!: string;

  @Column('timestamptz')
  uploadedAt!: Date;
}

/** The columns of a StoredDocument, for a migration's CREATE TABLE. */
export const STORED_DOCUMENT_COLUMNS = `
        file_name    text NOT NULL,
        format       text NOT NULL,
        content_type text NOT NULL,
        size_bytes   integer NOT NULL,
        sha256       text NOT NULL,
        content      bytea NOT NULL,
        uploaded_by  uuid NOT NULL,
        uploaded_at  timestamptz NOT NULL`;

export const documentView = (document: StoredDocument): ProjectDocumentView => ({
  fileName: document.fileName,
  format: document.format,
  contentType: document.contentType,
  size: document.sizeBytes,
  sha256: document.sha256,
  uploadedAt: document.uploadedAt.toISOString(),
});

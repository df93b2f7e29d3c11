import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { EVIDENCE_FORMATS, type EvidenceFormat } from '@orbita/contracts';
import { IsString, IsUUID, Length } from 'class-validator';
import { UUID } from './api-examples';

/**
 * The most a work's file or a credit fact's evidence may weigh: the service refuses more (413), and the
 * gateway stops reading there.
 */
export const PROJECT_DOCUMENT_MAX_BYTES = 30 * 1024 * 1024;

/** An upload the gateway left in the service's transfer bucket (the service removes it either way). */
class UploadedDocument {
  @IsUUID()
  objectName!: string;

  /** The name the file had on the uploader's machine. */
  @IsString()
  @Length(1, 1000)
  fileName!: string;
}

/** Sets (or replaces) the text of a work: PDF, DOCX, ODT… judged by its content. */
export class AttachWorkFileCommand extends UploadedDocument {
  @IsUUID()
  workId!: string;
}

/** Sets (or replaces) the evidence of a credit fact while it awaits verification. */
export class AttachFactEvidenceCommand extends UploadedDocument {
  @IsUUID()
  factId!: string;
}

/** A stored document: what it is, never its content (downloaded on its own route). */
@ApiSchema({ name: 'ProjectDocument' })
export class ProjectDocumentView {
  @ApiProperty({
    example: 'Работа Смартфон-маятник.pdf',
    description: 'Offered for download under this name',
  })
  fileName!: string;

  @ApiProperty({ enum: EVIDENCE_FORMATS, description: 'Judged by the content, not the name' })
  format!: EvidenceFormat;

  @ApiProperty({ example: 'application/pdf' })
  contentType!: string;

  @ApiProperty({ example: 182_044, description: 'Bytes' })
  size!: number;

  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256!: string;

  @ApiProperty({ format: 'date-time' })
  uploadedAt!: string;
}

@ApiSchema({ name: 'ProjectWorkFile' })
export class WorkFileView extends ProjectDocumentView {
  @ApiProperty(UUID)
  workId!: string;
}

@ApiSchema({ name: 'CreditFactEvidence' })
export class FactEvidenceView extends ProjectDocumentView {
  @ApiProperty(UUID)
  factId!: string;
}

import { EVIDENCE_FORMATS } from '@orbita/contracts';
import { EVIDENCE_UPLOAD_CEILING_BYTES, RoadmapErrorCode } from '@orbita/registry/rpc';
import type { ReceiveOptions } from '@orbita/gateway/feature-http';
import { CodedException } from '@orbita/observability';
import { IsOptional, IsUUID } from 'class-validator';

/** The text fields of an evidence upload (the file is the multipart part `file`). */
export class EvidenceUploadFields {
  @IsUUID()
  deliverableId!: string;

  @IsOptional()
  @IsUUID()
  schoolId?: string;
}

/** `multipart/form-data` of POST …/evidence, for OpenAPI. */
export const EVIDENCE_UPLOAD_SCHEMA = {
  type: 'object',
  required: ['file', 'deliverableId'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: `The document: ${EVIDENCE_FORMATS.join(', ')}, judged by its content; at most 20 MB by default (the registry's EVIDENCE_MAX_BYTES)`,
    },
    deliverableId: {
      type: 'string',
      format: 'uuid',
      description: 'The expected document (one of the activity’s deliverables) it is evidence of',
    },
    schoolId: {
      type: 'string',
      format: 'uuid',
      description:
        'Region-wide accounts: the school it is from, on activities schools take part in; left out, it is evidence of the activity as a whole. School accounts: left out (always their own school).',
    },
  },
};

/**
 * How `TransferFiles.receive` reads an evidence upload: the file up to the ceiling (a larger one is
 * refused with the roadmap's own code, like one the registry finds over its limit) and the form's fields;
 * the file goes into the registry's bucket.
 */
export const EVIDENCE_UPLOAD = {
  service: 'registry',
  maxBytes: EVIDENCE_UPLOAD_CEILING_BYTES,
  fields: EvidenceUploadFields,
  tooLarge: (fileName, maxBytes) =>
    new CodedException(
      RoadmapErrorCode.EVIDENCE_TOO_LARGE,
      413,
      `"${fileName}" is over ${maxBytes} bytes, more than any evidence file may be`,
    ),
} satisfies ReceiveOptions<EvidenceUploadFields>;

import { EVIDENCE_UPLOAD_CEILING_BYTES, RoadmapErrorCode } from '@orbita/contracts';
import type { ReceiveOptions } from '@orbita/gateway/feature-http';
import { CodedException } from '@orbita/observability';
import { EvidenceUploadFields } from './roadmap.dto';

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

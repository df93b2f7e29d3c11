import multipart from '@fastify/multipart';
import { EVIDENCE_UPLOAD_CEILING_BYTES, RoadmapErrorCode } from '@orbita/contracts';
import { flattenValidationErrors, type TransferBucket } from '@orbita/messaging';
import { CodedException, CommonErrorCode, ValidationFailedException } from '@orbita/observability';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EvidenceUploadFields } from './roadmap.dto';

const withMultipart = new WeakSet<FastifyInstance>();

/**
 * Lets Fastify read `multipart/form-data`, once per instance whichever resource module asks first (a
 * second registration would fail). It accepts no file by default: each route reading multipart passes
 * its own limits, as {@link receiveEvidenceUpload} does.
 */
export function registerMultipart(fastify: FastifyInstance): void {
  if (withMultipart.has(fastify)) return;
  withMultipart.add(fastify);
  void fastify.register(multipart, { limits: { fileSize: 0, files: 0 } });
}

/** An evidence upload as received: the file waiting in the transfer bucket, and the form's fields. */
export interface ReceivedEvidence {
  objectName: string;
  fileName: string;
  fields: EvidenceUploadFields;
}

/**
 * Streams the request's one `file` part into the transfer bucket as it arrives (the gateway never holds
 * the whole file) and validates the text fields. Whatever fails, what it stored is removed again.
 */
export async function receiveEvidenceUpload(
  request: FastifyRequest,
  bucket: TransferBucket,
  maxBytes = EVIDENCE_UPLOAD_CEILING_BYTES,
): Promise<ReceivedEvidence> {
  if (!request.isMultipart()) {
    throw new CodedException(
      CommonErrorCode.UNSUPPORTED_MEDIA_TYPE,
      415,
      'Send the file as multipart/form-data',
    );
  }
  let stored: { name: string; fileName: string } | undefined;
  const fields: Record<string, string> = {};
  try {
    const parts = request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 5, fieldSize: 200 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'file') throw invalid(part.fieldname, 'the file goes in the part named "file"');
      const { name } = await bucket.put(part.file);
      stored = { name, fileName: part.filename };
      if (part.file.truncated) {
        throw new CodedException(
          RoadmapErrorCode.EVIDENCE_TOO_LARGE,
          413,
          `"${part.filename}" is over ${maxBytes} bytes, more than any evidence file may be`,
        );
      }
    }
    if (!stored) throw invalid('file', 'a file is required');
    const form = plainToInstance(EvidenceUploadFields, fields);
    const errors = validateSync(form, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) throw new ValidationFailedException(flattenValidationErrors(errors));
    return { objectName: stored.name, fileName: stored.fileName, fields: form };
  } catch (error) {
    if (stored) await bucket.delete(stored.name).catch(() => undefined);
    throw error;
  }
}

const invalid = (field: string, message: string) => new ValidationFailedException([{ field, message }]);

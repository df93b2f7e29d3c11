import { Global, Injectable, Logger, Module, StreamableFile, type Type } from '@nestjs/common';
import type { MultipartFile } from '@fastify/multipart';
import type { TransferBucket } from '@orbita/messaging';
import { CodedException, CommonErrorCode } from '@orbita/observability';
import type { FastifyRequest } from 'fastify';
import { createValidationPipe } from '../errors/validation';
import { ServiceClient } from '../services/service-client';
import { transliterateRussian } from './transliterate';

/** A multipart upload as the gateway passed it on: the file waits in the transfer bucket under `objectName`. */
export interface ReceivedUpload<F = Record<string, string>> {
  objectName: string;
  /** The name the file had on the uploader's machine. */
  fileName: string;
  size: number;
  /** The form's text fields (the last value of a repeated one), validated when `ReceiveOptions.fields` names their class. */
  fields: F;
}

/** A file a service put in the transfer bucket for the gateway to send. */
export interface TransferDownload {
  objectName: string;
  fileName: string;
  contentType: string;
  size: number;
}

export interface ReceiveOptions<F = Record<string, string>> {
  /** The service the file is for: it goes into that service's bucket, which only it (and the gateway) may read. */
  service: string;
  /** Larger files answer 413 `REQUEST.TOO_LARGE` (or `tooLarge`); nothing of them stays in the bucket. */
  maxBytes: number;
  /** Name of the form field holding the file (default `file`). */
  fileField?: string;
  /** The class of the text fields: they are validated as a body is (400 naming each bad field; the file is discarded). */
  fields?: Type<F>;
  /** The 413 of a route that has its own code for a file over `maxBytes`. */
  tooLarge?: (fileName: string, maxBytes: number) => CodedException;
}

/**
 * Files between HTTP and the services, through the JetStream object store (`TransferBucket` of
 * messaging; NATS caps a message at 1 MB): uploads are streamed from the multipart body into the bucket
 * and the service gets the object name; downloads are streamed out of the bucket and removed after.
 */
@Injectable()
export class TransferFiles {
  private readonly logger = new Logger(TransferFiles.name);

  constructor(private readonly services: ServiceClient) {}

  /**
   * Reads a `multipart/form-data` request: its one file goes into the bucket as it arrives, its text
   * fields are collected (in any order around the file). The caller passes `objectName` on to a
   * service, which deletes the object when done; {@link discard} it if the call never happens.
   */
  async receive<F extends object>(request: FastifyRequest, options: ReceiveOptions<F> & { fields: Type<F> }): Promise<ReceivedUpload<F>>;
  async receive(request: FastifyRequest, options: ReceiveOptions): Promise<ReceivedUpload>;
  async receive(
    request: FastifyRequest,
    { service, maxBytes, fileField = 'file', fields: fieldsClass, tooLarge = requestTooLarge }: ReceiveOptions<object>,
  ): Promise<ReceivedUpload<object>> {
    const fileTooLarge = (fileName: string) => tooLarge(fileName, maxBytes);
    if (!request.isMultipart()) {
      throw new CodedException(CommonErrorCode.UNSUPPORTED_MEDIA_TYPE, 415, 'Send the file as multipart/form-data');
    }
    const bucket = await this.services.transfers(service);
    const fields: Record<string, string> = {};
    let upload: Omit<ReceivedUpload, 'fields'> | undefined;
    try {
      for await (const part of request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 10_000 } })) {
        if (part.type === 'field') {
          fields[part.fieldname] = String(part.value);
        } else if (part.fieldname !== fileField || upload) {
          part.file.resume();
          throw invalidUpload(`Send exactly one file, in the form field "${fileField}"`);
        } else {
          upload = await this.store(service, bucket, part, fileTooLarge);
        }
      }
    } catch (error) {
      if (upload) await this.discard(service, upload.objectName);
      throw isMultipartError(error) ? toUploadError(error, fileTooLarge) : error;
    }
    if (!upload) throw invalidUpload(`The form has no file in the field "${fileField}"`);
    if (!fieldsClass) return { ...upload, fields };
    try {
      return { ...upload, fields: await fieldsPipe.transform(fields, { type: 'body', metatype: fieldsClass }) };
    } catch (error) {
      await this.discard(service, upload.objectName);
      throw error;
    }
  }

  /** Streams a file `service` left in its bucket as the response body, removing it once sent. */
  async send(service: string, download: TransferDownload): Promise<StreamableFile> {
    const bucket = await this.services.transfers(service);
    const stream = await bucket.stream(download.objectName);
    if (!stream) throw new CodedException(CommonErrorCode.NOT_FOUND, 404, 'The file is no longer there: ask for it again');
    stream.once('close', () => void this.discard(service, download.objectName));
    return new StreamableFile(stream, {
      type: download.contentType,
      length: download.size,
      disposition: attachmentDisposition(download.fileName),
    });
  }

  /** Removes an object nobody will read; failures are only logged (the bucket's TTL sweeps up). */
  async discard(service: string, objectName: string): Promise<void> {
    try {
      await (await this.services.transfers(service)).delete(objectName);
    } catch (error) {
      this.logger.warn(`Transfer object ${objectName} not removed: ${String(error)}`);
    }
  }

  private async store(
    service: string,
    bucket: TransferBucket,
    part: MultipartFile,
    fileTooLarge: (fileName: string) => CodedException,
  ): Promise<Omit<ReceivedUpload, 'fields'>> {
    const { name, size } = await bucket.put(part.file);
    // busboy ends a file at the limit and only marks it truncated.
    if (part.file.truncated) {
      await this.discard(service, name);
      throw fileTooLarge(fileNameOf(part.filename));
    }
    return { objectName: name, fileName: fileNameOf(part.filename), size };
  }
}

/** Makes {@link TransferFiles} available to every resource module of the gateway. */
@Global()
@Module({ providers: [TransferFiles], exports: [TransferFiles] })
export class TransferFilesModule {}

/**
 * `Content-Disposition: attachment` naming the file for every client: an ASCII `filename` fallback
 * (Russian transliterated, anything else non-ASCII as `_`) and
 * the exact UTF-8 name in `filename*` (RFC 6266 with RFC 5987 encoding), which Cyrillic names need.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = transliterateRussian(fileName).replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

const fieldsPipe = createValidationPipe();

const fileNameOf = (filename: string | undefined) => filename || 'upload';

const invalidUpload = (message: string) => new CodedException(CommonErrorCode.REQUEST_INVALID, 400, message, [{ field: 'file', message }]);

const requestTooLarge = (_fileName: string, maxBytes: number) =>
  new CodedException(CommonErrorCode.REQUEST_TOO_LARGE, 413, `The file is larger than ${megabytes(maxBytes)}, the most accepted here`);

const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** An error @fastify/multipart raises (an `FST_…` code with a 4xx status; a file's limit names the part). */
interface MultipartError {
  code: string;
  statusCode: number;
  message: string;
  part?: { filename?: string };
}

function isMultipartError(error: unknown): error is MultipartError {
  const { code, statusCode } = (error ?? {}) as { code?: unknown; statusCode?: unknown };
  return typeof code === 'string' && code.startsWith('FST_') && typeof statusCode === 'number' && statusCode < 500;
}

function toUploadError(error: MultipartError, fileTooLarge: (fileName: string) => CodedException): CodedException {
  if (error.code === 'FST_REQ_FILE_TOO_LARGE') return fileTooLarge(fileNameOf(error.part?.filename));
  if (error.code === 'FST_FILES_LIMIT') return invalidUpload('Send exactly one file');
  return new CodedException(CommonErrorCode.REQUEST_MALFORMED, 400, `The multipart body is malformed: ${error.message}`);
}

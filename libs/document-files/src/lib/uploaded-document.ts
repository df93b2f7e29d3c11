import { parseSlot } from '@orbita/tabular-files';
import { createHash } from 'node:crypto';
import {
  detectDocumentFormat,
  DOCUMENT_FORMATS,
  DocumentUnreadableError,
  type DocumentFormat,
} from './document-format';
import { documentFileName } from './document-file-name';

/** Where an upload waits (a service's transfer bucket): only what reading it needs. */
export interface UploadSource {
  size(name: string): Promise<number | null>;
  read(name: string): Promise<Buffer | null>;
}

/** A document read from an upload and found acceptable, with what is kept about it. */
export interface AcceptedDocument {
  content: Buffer;
  format: DocumentFormat;
  contentType: string;
  /** The uploader's name, cleaned, with the extension its content calls for (see documentFileName). */
  fileName: string;
  sha256: string;
}

/** Why an upload is not an acceptable document; each service answers with its own coded error. */
export type DocumentRefusal = 'missing' | 'empty' | 'too-large' | 'unreadable' | 'not-accepted';

/** `message`: what is wrong, for the caller (for `unreadable`, why the document does not open). */
export class DocumentRefused extends Error {
  constructor(
    readonly reason: DocumentRefusal,
    message: string,
    /** The upload's size in bytes, when known. */
    readonly size?: number,
  ) {
    super(message);
  }
}

/**
 * Reads the upload `objectName` and checks it: present, not empty, at most `maxBytes`, and an accepted
 * format by its content (never its name). Throws `DocumentRefused` saying why not.
 */
export async function readUploadedDocument(
  source: UploadSource,
  objectName: string,
  originalName: string,
  maxBytes: number,
): Promise<AcceptedDocument> {
  const size = await source.size(objectName);
  if (size === null)
    throw new DocumentRefused('missing', 'The upload is no longer there: send the file again');
  if (size === 0) throw new DocumentRefused('empty', `"${originalName}" is empty`, 0);
  if (size > maxBytes)
    throw new DocumentRefused(
      'too-large',
      `"${originalName}" is ${size} bytes, over the ${maxBytes} accepted`,
      size,
    );
  const content = await source.read(objectName);
  if (!content) throw new DocumentRefused('missing', 'The upload is no longer there: send the file again');
  let format: DocumentFormat | null;
  try {
    // Opening a document costs memory as parsing a spreadsheet does: the same bound on how many at once.
    format = await parseSlot(() => detectDocumentFormat(content));
  } catch (error) {
    if (error instanceof DocumentUnreadableError)
      throw new DocumentRefused('unreadable', error.message, size);
    throw error;
  }
  if (!format)
    throw new DocumentRefused(
      'not-accepted',
      `"${originalName}" is not one of the accepted formats (${Object.keys(DOCUMENT_FORMATS).join(', ')}), judged by its content`,
      size,
    );
  return {
    content,
    format,
    contentType: DOCUMENT_FORMATS[format].contentType,
    fileName: documentFileName(originalName, format),
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

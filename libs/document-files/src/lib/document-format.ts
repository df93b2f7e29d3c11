import { ArchiveLimitError, CheckedZip } from '@orbita/tabular-files';
import { imageSize } from 'image-size';
import { PDFDocument } from 'pdf-lib';
import type { Entry } from 'yauzl';

/** The document formats accepted wherever people upload documents (evidence, works, credit facts). */
export const DOCUMENT_FORMAT_NAMES = ['PDF', 'DOCX', 'XLSX', 'DOC', 'XLS', 'JPEG', 'PNG', 'ODT'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMAT_NAMES)[number];

/** How each accepted format is served and named. */
export const DOCUMENT_FORMATS: Readonly<
  Record<DocumentFormat, { contentType: string; extensions: readonly string[] }>
> = {
  PDF: { contentType: 'application/pdf', extensions: ['pdf'] },
  DOCX: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  XLSX: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
  },
  DOC: { contentType: 'application/msword', extensions: ['doc'] },
  XLS: { contentType: 'application/vnd.ms-excel', extensions: ['xls'] },
  JPEG: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  PNG: { contentType: 'image/png', extensions: ['png'] },
  ODT: { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
};

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** The main part of an OOXML package, by the content type its `[Content_Types].xml` gives it. */
const OOXML_MAIN_PARTS: ReadonlyArray<[contentType: string, format: DocumentFormat]> = [
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'DOCX'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'XLSX'],
];

/** Parts of a package read to tell what it is are small; a larger one is not what it claims. */
const MAX_PART_BYTES = 1024 * 1024;

/** The bytes start like an accepted document but do not open as one; the message says what is wrong. */
export class DocumentUnreadableError extends Error {}

/**
 * The format of a document judged by its content, never by its name or the uploader's content type, and
 * opened as that format: a PDF parses and has a page, PNG and JPEG images have their dimensions, DOCX and
 * XLSX packages have the main part their content types name, ODT its content; DOC and XLS are OLE
 * compound files told apart by their main stream. `null`: not an accepted format;
 * `DocumentUnreadableError`: looks like one, does not open.
 */
export async function detectDocumentFormat(bytes: Buffer): Promise<DocumentFormat | null> {
  // Readers accept a PDF header anywhere in the first kilobyte.
  if (bytes.subarray(0, 1024).includes('%PDF-')) return openPdf(bytes);
  if (startsWith(bytes, PNG)) return checkImage(bytes, 'PNG', 'png');
  if (startsWith(bytes, JPEG)) return checkImage(bytes, 'JPEG', 'jpg');
  if (startsWith(bytes, ZIP)) return zipPackageFormat(bytes);
  if (startsWith(bytes, CFB)) return compoundFileFormat(bytes);
  return null;
}

const startsWith = (bytes: Buffer, signature: Buffer) =>
  bytes.subarray(0, signature.length).equals(signature);

async function openPdf(bytes: Buffer): Promise<DocumentFormat> {
  let pages: number;
  try {
    // Encrypted documents open for counting pages; nothing is decrypted or rendered.
    pages = (await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })).getPageCount();
  } catch (error) {
    throw new DocumentUnreadableError(
      `it does not parse as a PDF (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (pages < 1) throw new DocumentUnreadableError('the PDF has no pages');
  return 'PDF';
}

function checkImage(bytes: Buffer, format: DocumentFormat, type: string): DocumentFormat {
  let size: { type?: string; width?: number; height?: number };
  try {
    size = imageSize(bytes);
  } catch (error) {
    throw new DocumentUnreadableError(
      `the ${format} image has no readable dimensions (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (size.type !== type || !size.width || !size.height)
    throw new DocumentUnreadableError(`the ${format} image has no readable dimensions`);
  return format;
}

async function zipPackageFormat(bytes: Buffer): Promise<DocumentFormat | null> {
  let zip: CheckedZip;
  try {
    zip = await CheckedZip.open(bytes);
  } catch (error) {
    if (error instanceof ArchiveLimitError) throw new DocumentUnreadableError(error.message);
    return null;
  }
  const mimetype = zip.entry('mimetype');
  if (mimetype) {
    if ((await readPart(zip, mimetype)).toString('latin1').trim() !== ODT_MIMETYPE) return null;
    if (!zip.entry('content.xml')) throw new DocumentUnreadableError('the package has no content.xml');
    return 'ODT';
  }
  const contentTypes = zip.entry('[Content_Types].xml');
  if (!contentTypes) return null;
  const types = (await readPart(zip, contentTypes)).toString('utf8');
  for (const override of types.match(/<Override\b[^>]*>/g) ?? []) {
    const contentType = /ContentType="([^"]*)"/.exec(override)?.[1];
    const main = OOXML_MAIN_PARTS.find(([type]) => type === contentType);
    const partName = /PartName="\/?([^"]*)"/.exec(override)?.[1];
    if (!main || !partName) continue;
    const part = zip.entry(partName);
    if (!part || (await readPart(zip, part)).subarray(0, 1024).indexOf('<') < 0)
      throw new DocumentUnreadableError(`the ${main[1]} package has no main part ${partName}`);
    return main[1];
  }
  return null;
}

async function readPart(zip: CheckedZip, entry: Entry): Promise<Buffer> {
  if (entry.uncompressedSize > MAX_PART_BYTES)
    throw new DocumentUnreadableError(`${entry.fileName} is implausibly large`);
  try {
    return await zip.read(entry);
  } catch (error) {
    throw new DocumentUnreadableError(
      `${entry.fileName} does not unpack (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

/** Main streams of Word and Excel binary files. */
const COMPOUND_STREAMS: ReadonlyArray<[name: string, format: DocumentFormat]> = [
  ['WordDocument', 'DOC'],
  ['Workbook', 'XLS'],
  ['Book', 'XLS'],
];

function compoundFileFormat(bytes: Buffer): DocumentFormat | null {
  // Directory entries are 128 bytes in sectors of 512 or 4096 bytes after the 512-byte header, so they
  // all start at multiples of 128: look there for an entry naming a stream (UTF-16 name, its byte
  // length with the terminator at 64, object type 2 at 66).
  for (let offset = 512; offset + 128 <= bytes.length; offset += 128) {
    if (bytes[offset + 66] !== 2) continue;
    const nameBytes = bytes.readUInt16LE(offset + 64);
    if (nameBytes < 2 || nameBytes > 64) continue;
    const name = bytes.subarray(offset, offset + nameBytes - 2).toString('utf16le');
    const match = COMPOUND_STREAMS.find(([stream]) => stream === name);
    if (match) return match[1];
  }
  return null;
}

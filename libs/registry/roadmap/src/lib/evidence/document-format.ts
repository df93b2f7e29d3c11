import type { EvidenceFormat } from '@orbita/contracts';

/** How each accepted format is served and named. */
export const DOCUMENT_FORMATS: Readonly<
  Record<EvidenceFormat, { contentType: string; extensions: readonly string[] }>
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
const ODT_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.text';

/**
 * The format of a document judged by its content, never by its name or the uploader's content type:
 * PDF, PNG and JPEG by their signatures; DOCX, XLSX and ODT are ZIP packages told apart by their
 * parts; DOC and XLS are OLE compound files told apart by their main stream. `null`: not an accepted
 * format.
 */
export function detectDocumentFormat(bytes: Buffer): EvidenceFormat | null {
  // Readers accept a PDF header anywhere in the first kilobyte.
  if (bytes.subarray(0, 1024).includes('%PDF-')) return 'PDF';
  if (startsWith(bytes, PNG)) return 'PNG';
  if (startsWith(bytes, JPEG)) return 'JPEG';
  if (startsWith(bytes, ZIP)) return zipPackageFormat(bytes);
  if (startsWith(bytes, CFB)) return compoundFileFormat(bytes);
  return null;
}

const startsWith = (bytes: Buffer, signature: Buffer) =>
  bytes.subarray(0, signature.length).equals(signature);

function zipPackageFormat(bytes: Buffer): EvidenceFormat | null {
  // OpenDocument puts an uncompressed `mimetype` entry first, right after its 30-byte local header.
  if (bytes.subarray(30, 30 + ODT_MIMETYPE.length).toString('latin1') === ODT_MIMETYPE) return 'ODT';
  const names = zipEntryNames(bytes);
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((name) => name.startsWith('word/'))) return 'DOCX';
  if (names.some((name) => name.startsWith('xl/'))) return 'XLSX';
  return null;
}

/** Entry names from a ZIP's central directory; empty when it cannot be found. */
function zipEntryNames(bytes: Buffer): string[] {
  // The end-of-central-directory record is within the last 22 bytes + a comment of up to 64 KiB.
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length || end < bytes.length - 22 - 0xffff) return [];
  const count = bytes.readUInt16LE(end + 10);
  const names: string[] = [];
  let offset = bytes.readUInt32LE(end + 16);
  for (let index = 0; index < count; index++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return [];
    const nameLength = bytes.readUInt16LE(offset + 28);
    names.push(bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return names;
}

/** Main streams of Word and Excel binary files. */
const COMPOUND_STREAMS: ReadonlyArray<[name: string, format: EvidenceFormat]> = [
  ['WordDocument', 'DOC'],
  ['Workbook', 'XLS'],
  ['Book', 'XLS'],
];

function compoundFileFormat(bytes: Buffer): EvidenceFormat | null {
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

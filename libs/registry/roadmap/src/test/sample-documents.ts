import { crc32 } from 'node:zlib';

// Small but structurally real documents for tests: the detector reads signatures, ZIP central
// directories and compound-file directory entries, so these carry exactly those.

export const samplePdf = (body = 'BT /F1 12 Tf (Протокол) Tj ET'): Buffer =>
  Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n${body}\n%%EOF\n`, 'utf8');

export const samplePng = (): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR....IEND')]);

export const sampleJpeg = (): Buffer =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF rest')]);

/** A ZIP archive with stored (uncompressed) entries, in the given order. */
export function zipOf(entries: ReadonlyArray<[name: string, content: string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES: [string, string] = ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'];

export const sampleDocx = (): Buffer =>
  zipOf([CONTENT_TYPES, ['_rels/.rels', '<Relationships/>'], ['word/document.xml', '<w:document/>']]);

export const sampleXlsx = (): Buffer =>
  zipOf([CONTENT_TYPES, ['_rels/.rels', '<Relationships/>'], ['xl/workbook.xml', '<workbook/>']]);

export const sampleOdt = (): Buffer =>
  zipOf([
    ['mimetype', 'application/vnd.oasis.opendocument.text'],
    ['content.xml', '<office:document-content/>'],
  ]);

/** An OLE compound file (version 3, 512-byte sectors) whose directory names `stream` after the root. */
export function compoundFileWith(stream: string): Buffer {
  const file = Buffer.alloc(512 * 3);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x003e, 24);
  file.writeUInt16LE(3, 26);
  file.writeUInt16LE(0xfffe, 28);
  file.writeUInt16LE(9, 30);
  // The directory is sector 0, right after the header.
  file.writeUInt32LE(0, 48);
  const entry = (offset: number, name: string, type: number) => {
    const nameBytes = Buffer.from(`${name}\0`, 'utf16le');
    nameBytes.copy(file, offset);
    file.writeUInt16LE(nameBytes.length, offset + 64);
    file[offset + 66] = type;
  };
  entry(512, 'Root Entry', 5);
  entry(512 + 128, stream, 2);
  return file;
}

export const sampleDoc = (): Buffer => compoundFileWith('WordDocument');
export const sampleXls = (): Buffer => compoundFileWith('Workbook');

import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a test archive; `declaredSize` makes its headers lie about how far it inflates. */
export interface ZipEntrySpec {
  name: string;
  data: Buffer | string;
  /** Deflated (method 8) rather than stored. */
  deflate?: boolean;
  /** Raw bytes to store as the entry's packed data instead of packing `data` (e.g. garbage that is no deflate stream). */
  packed?: Buffer;
  declaredSize?: number;
}

/**
 * A ZIP archive built byte by byte, so a test can make what no archiver writes: a ZIP bomb, headers that
 * lie about sizes. Entries in the given order, local headers and central directory agreeing.
 */
export function zipArchive(entries: readonly ZipEntrySpec[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const spec of entries) {
    const name = Buffer.from(spec.name, 'utf8');
    const data = Buffer.from(spec.data);
    const packed = spec.packed ?? (spec.deflate ? deflateRawSync(data) : data);
    const method = spec.deflate || spec.packed ? 8 : 0;
    const size = spec.declaredSize ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, packed);
    directory.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const centralDirectory = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, centralDirectory, end]);
}

import { promisify } from 'node:util';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { UnreadableFileError } from './table';

/** How far a ZIP package (XLSX, DOCX…) may inflate: checked before anything is inflated, and again while it is. */
export interface ZipLimits {
  /** Bytes all entries together may inflate to. */
  maxUnpackedBytes: number;
  /** Uncompressed bytes per compressed byte of one large entry: XML packs 5–30 to one, a ZIP bomb a thousand. */
  maxRatio: number;
  maxEntries: number;
}

/**
 * An XLSX of 20,000 protocol rows of 20 tasks packs into 1.3 MB and unpacks to 14 MB, which ExcelJS holds in
 * about 250 MB: twice that is room for wider protocols, and bounds what one parse can take.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUnpackedBytes: 32 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 1000,
};

/** Entries smaller than this skip the ratio check: a tiny entry of one repeated tag packs well and is harmless. */
const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;

/** The package would inflate past a limit: a ZIP bomb, or simply too much. The message names the entry and the limit. */
export class ArchiveLimitError extends Error {}

const openBuffer = promisify<Buffer, yauzl.Options, ZipFile>(yauzl.fromBuffer);

/** A ZIP read from memory whose central directory (entry count, declared sizes, ratios) passed the limits. */
export class CheckedZip {
  private constructor(
    private readonly zip: ZipFile,
    readonly entries: readonly Entry[],
  ) {}

  /** Reads the central directory and checks it; nothing is inflated yet. Not a ZIP: `UnreadableFileError`. */
  static async open(content: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<CheckedZip> {
    let zip: ZipFile;
    try {
      // Declared sizes are enforced by `inflate`, whose error names the entry, rather than by yauzl.
      zip = await openBuffer(content, { lazyEntries: true, validateEntrySizes: false });
    } catch (error) {
      throw new UnreadableFileError(error instanceof Error ? error.message : String(error));
    }
    if (zip.entryCount > limits.maxEntries)
      throw new ArchiveLimitError(
        `The archive has ${zip.entryCount} entries; at most ${limits.maxEntries} are accepted`,
      );
    const entries = await readDirectory(zip);
    let declared = 0;
    for (const entry of entries) {
      declared += entry.uncompressedSize;
      if (declared > limits.maxUnpackedBytes)
        throw new ArchiveLimitError(
          `The archive unpacks to more than ${limits.maxUnpackedBytes} bytes (at entry ${entry.fileName})`,
        );
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize >= RATIO_CHECKED_FROM_BYTES && ratio > limits.maxRatio)
        throw new ArchiveLimitError(
          `Entry ${entry.fileName} unpacks ${Math.round(ratio)} times its packed size; at most ${limits.maxRatio} is accepted`,
        );
    }
    return new CheckedZip(zip, entries);
  }

  entry(name: string): Entry | undefined {
    return this.entries.find((entry) => entry.fileName === name);
  }

  /**
   * Inflates an entry chunk by chunk, stopping as soon as it passes its declared size (a header that lies)
   * or `onChunk` throws.
   */
  async inflate(entry: Entry, onChunk: (chunk: Buffer) => void = () => undefined): Promise<void> {
    const stream = await new Promise<NodeJS.ReadableStream & { destroy(): void }>((resolve, reject) =>
      this.zip.openReadStream(entry, (error, opened) =>
        error ? reject(new UnreadableFileError(error.message)) : resolve(opened),
      ),
    );
    let inflated = 0;
    // What the loop's body throws goes out as it is; what the stream throws (bad deflate data) means unreadable.
    let refusal: unknown;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        try {
          inflated += chunk.length;
          if (inflated > entry.uncompressedSize)
            throw new ArchiveLimitError(
              `Entry ${entry.fileName} unpacks to more than the ${entry.uncompressedSize} bytes it declares`,
            );
          onChunk(chunk);
        } catch (error) {
          refusal = error;
          throw error;
        }
      }
    } catch (error) {
      if (error === refusal) throw error;
      throw new UnreadableFileError(error instanceof Error ? error.message : String(error));
    } finally {
      stream.destroy();
    }
  }

  /** The whole entry, inflated within its declared size (which the central directory check bounded). */
  async read(entry: Entry): Promise<Buffer> {
    const chunks: Buffer[] = [];
    await this.inflate(entry, (chunk) => chunks.push(chunk));
    return Buffer.concat(chunks);
  }

  /** Inflates every entry, discarding the bytes: proves the declared sizes true before another reader inflates it all. */
  async verify(onChunk?: (entry: Entry, chunk: Buffer) => void): Promise<void> {
    for (const entry of this.entries)
      await this.inflate(entry, onChunk && ((chunk) => onChunk(entry, chunk)));
  }
}

async function readDirectory(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(new UnreadableFileError(error.message)));
    zip.readEntry();
  });
}

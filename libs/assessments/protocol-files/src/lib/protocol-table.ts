import type { ProtocolFileFormat } from '@orbita/assessments/rpc';
import type { Table } from '@orbita/tabular-files';

/**
 * What reading a protocol file throws: content that is neither XLSX nor CSV, more rows than the limit, a
 * package that would inflate past the ZIP limits.
 */
export { ArchiveLimitError, TooManyRowsError, UnreadableFileError } from '@orbita/tabular-files';

/** A protocol file read into rows, whatever its format. */
export interface ProtocolTable extends Table {
  format: ProtocolFileFormat;
  /** Key/value pairs of the template's hidden meta sheet (XLSX made from our template only). */
  meta: Readonly<Record<string, string>> | null;
}

import type { ProtocolUploadPhase } from '@orbita/assessments/rpc';
import { ValidationFailedException } from '@orbita/observability';
import type { DataSource } from 'typeorm';
import { ProtocolUpload } from '../entities/protocol.entity';

/** Progress is written at most this often: frequent enough for a progress bar, cheap for the database. */
const WRITE_INTERVAL_MS = 250;
/** Finished uploads are kept this long for late readers. */
const KEEP_FOR = '1 day';

/**
 * The progress of one upload, in `protocol_uploads` (committed outside the intake's transaction, so any
 * replica can answer `assessments.get.protocol-upload` while it runs). Writes are throttled and applied
 * in order.
 */
export class UploadProgress {
  private lastWrite = 0;
  private writes: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly dataSource: DataSource,
    readonly id: string,
  ) {}

  static async start(dataSource: DataSource, upload: Pick<ProtocolUpload, 'id' | 'workId' | 'schoolId' | 'uploadedBy'>): Promise<UploadProgress> {
    await dataSource.query(`DELETE FROM protocol_uploads WHERE updated_at < now() - interval '${KEEP_FOR}'`);
    const inserted: unknown[] = await dataSource.query(
      `INSERT INTO protocol_uploads (id, work_id, school_id, uploaded_by, phase) VALUES ($1, $2, $3, $4, 'reading')
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [upload.id, upload.workId, upload.schoolId, upload.uploadedBy],
    );
    if (inserted.length === 0) {
      throw new ValidationFailedException([{ field: 'uploadId', message: 'is taken by another upload: choose a new one' }]);
    }
    return new UploadProgress(dataSource, upload.id);
  }

  /** Records `rowsProcessed` in `phase`, unless the last write was under WRITE_INTERVAL_MS ago. */
  report(phase: ProtocolUploadPhase, rowsProcessed: number, rowsTotal?: number): Promise<void> {
    if (Date.now() - this.lastWrite < WRITE_INTERVAL_MS) return Promise.resolve();
    return this.write({ phase, rowsProcessed, ...(rowsTotal !== undefined && { rowsTotal }) });
  }

  /** Records a phase change (always written). */
  enter(phase: ProtocolUploadPhase, fields: Partial<Pick<ProtocolUpload, 'rowsProcessed' | 'rowsTotal' | 'protocolId' | 'problemCount'>> = {}): Promise<void> {
    return this.write({ phase, ...fields });
  }

  private write(fields: Partial<ProtocolUpload>): Promise<void> {
    this.lastWrite = Date.now();
    const write = this.writes.then(() => this.dataSource.manager.update(ProtocolUpload, this.id, { ...fields, updatedAt: new Date() }));
    this.writes = write.catch(() => undefined);
    return write.then(() => undefined);
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { schoolFor, type Actor, type SchoolScope } from '@orbita/auth';
import {
  ArchiveLimitError,
  readProtocolFile,
  TooManyRowsError,
  UnreadableFileError,
  validateProtocolTable,
  type ProtocolTable,
  type ValidRow,
} from '@orbita/assessments/protocol-files';
import {
  Blueprints,
  ProtocolInvalid,
  ProtocolLocked,
  ProtocolTooManyRows,
  SCHOOL_CHOICE_ERRORS,
  UploadMissing,
  UploadNotFound,
  type ProtocolBlueprint,
} from '@orbita/assessments/core';
import {
  PROTOCOL_REPORT_MAX_PROBLEMS,
  ProtocolProblemCode,
  type ProtocolProblem,
  type ProtocolUploadView,
  type UploadProtocolCommand,
  type UploadedProtocolView,
} from '@orbita/assessments/rpc';
import { PROTOCOL_DRAFTED_V1 } from '@orbita/contracts';
import { UnitOfWork, type TransferBucket } from '@orbita/messaging';
import { CodedException, CommonErrorCode, isCodedError } from '@orbita/observability';
import { Transfers } from '@orbita/service-host';
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { DataSource, type EntityManager } from 'typeorm';
import { Protocol, ProtocolRow, ProtocolUpload, ProtocolVersion } from '../entities/protocol.entity';
import { protocolView, uploadView } from '../entities/protocol-views';
import { versionRef } from '../lifecycle/protocol-events';
import { ProtocolsService } from '../lifecycle/protocols.service';
import { IntakeSettings } from './intake-settings';
import { UploadProgress } from './upload-progress';

/** Rows per INSERT while storing (and per progress step). */
const INSERT_BATCH = 5000;

/**
 * Protocol intake: reads the file the gateway left in the transfer bucket (XLSX or CSV in UTF-8 or
 * Windows-1251), checks it against the work's current blueprint and stores it as the protocol's draft —
 * or, with `submit`, as a submitted version with its events — in one transaction. A file with any
 * problem is refused with the row-level report and nothing is stored. Progress is reported in
 * `protocol_uploads` as the file is read, checked and stored. The upload leaves the bucket either way.
 */
@Injectable()
export class ProtocolIntakeService {
  private readonly logger = new Logger(ProtocolIntakeService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly blueprints: Blueprints,
    private readonly protocols: ProtocolsService,
    private readonly transfers: Transfers,
    private readonly settings: IntakeSettings,
  ) {}

  async upload(command: UploadProtocolCommand, actor: Actor, scope: SchoolScope): Promise<UploadedProtocolView> {
    const bucket = await this.transfers.bucket();
    try {
      const schoolId = schoolFor(scope, command.schoolId, SCHOOL_CHOICE_ERRORS);
      const blueprint = await this.blueprints.currentFor(command.workId, schoolId, scope);
      await this.checkOpen(command.workId, schoolId);
      const progress = await UploadProgress.start(this.dataSource, {
        id: command.uploadId ?? randomUUID(),
        workId: command.workId,
        schoolId,
        uploadedBy: actor.userId,
      });
      try {
        const rows = await this.checkedRows(await this.read(bucket, command.objectName), blueprint, schoolId, progress);
        await progress.enter('storing', { rowsProcessed: 0 });
        const protocol = await this.store(blueprint, schoolId, command, rows.table, rows.valid, actor.userId, progress);
        await progress.enter('done', { rowsProcessed: rows.valid.length, protocolId: protocol.id });
        return { uploadId: progress.id, protocol };
      } catch (error) {
        const problemCount = error instanceof ProtocolInvalid ? (error.extensions?.['problemCount'] as number) : null;
        await progress.enter(isCodedError(error) ? 'rejected' : 'failed', { problemCount }).catch(() => undefined);
        throw error;
      }
    } finally {
      await bucket.delete(command.objectName).catch((error: unknown) => this.logger.warn(`Upload not removed: ${String(error)}`));
    }
  }

  /** How far an upload is; another school's upload answers 404 like a missing one. */
  async progress(id: string, scope: SchoolScope): Promise<ProtocolUploadView> {
    const upload = await this.dataSource.manager.findOneBy(ProtocolUpload, { id, ...(scope !== null && { schoolId: scope }) });
    if (!upload) throw new UploadNotFound(id);
    return uploadView(upload);
  }

  /** A protocol already submitted or accepted takes no new file: refused before the file is read. */
  private async checkOpen(workId: string, schoolId: string): Promise<void> {
    const protocol = await this.dataSource.manager.findOneBy(Protocol, { workId, schoolId });
    if (protocol && (protocol.status === 'submitted' || protocol.status === 'accepted')) throw new ProtocolLocked(protocol.status);
  }

  private async read(bucket: TransferBucket, objectName: string): Promise<Buffer> {
    const size = await bucket.size(objectName);
    if (size === null) throw new UploadMissing();
    if (size > this.settings.maxBytes) {
      throw new CodedException(CommonErrorCode.REQUEST_TOO_LARGE, 413, `The file is larger than ${this.settings.maxBytes} bytes, the most accepted`);
    }
    const content = await bucket.read(objectName);
    if (!content) throw new UploadMissing();
    return content;
  }

  private async checkedRows(content: Buffer, blueprint: ProtocolBlueprint, schoolId: string, progress: UploadProgress) {
    let table: ProtocolTable;
    try {
      table = await readProtocolFile(content, { maxRows: this.settings.maxRows });
    } catch (error) {
      if (error instanceof TooManyRowsError) throw new ProtocolTooManyRows(error.maxRows);
      if (error instanceof ArchiveLimitError) throw new CodedException(CommonErrorCode.REQUEST_TOO_LARGE, 413, `The file is refused before unpacking: ${error.message}`);
      if (!(error instanceof UnreadableFileError)) throw error;
      throw invalid(0, [{ row: null, column: null, value: null, code: ProtocolProblemCode.FILE_UNREADABLE, message: 'Файл не читается: сохраните протокол в формате XLSX или CSV' }]);
    }
    await progress.enter('validating', { rowsTotal: table.rows.length });
    const outcome = await validateProtocolTable(
      table,
      {
        workId: blueprint.workId,
        schoolId,
        tasks: blueprint.tasks,
        codes: blueprint.openCodes ? { open: true } : { open: false, issued: new Set(await this.blueprints.issuedCodes(blueprint.workId, schoolId)) },
      },
      async (done) => {
        await progress.report('validating', done);
        // Lets this replica answer other requests (progress polls among them) during a large file.
        await yieldToEventLoop();
      },
    );
    if (outcome.problems.length > 0) throw invalid(table.rows.length, outcome.problems);
    return { table, valid: outcome.rows };
  }

  private async store(
    blueprint: ProtocolBlueprint,
    schoolId: string,
    command: UploadProtocolCommand,
    table: ProtocolTable,
    rows: ValidRow[],
    actorId: string,
    progress: UploadProgress,
  ) {
    return this.unitOfWork.run(async (tx) => {
      const now = new Date();
      const { protocol, previous } = await this.lockProtocol(tx.manager, blueprint.workId, schoolId, now);
      if (previous && (previous.status === 'submitted' || previous.status === 'accepted')) throw new ProtocolLocked(previous.status);
      const version = tx.manager.create(ProtocolVersion, {
        id: previous?.status === 'draft' ? previous.id : randomUUID(),
        protocolId: protocol.id,
        number: !previous ? 1 : previous.status === 'draft' ? previous.number : previous.number + 1,
        status: 'draft',
        workId: blueprint.workId,
        workVersion: blueprint.version,
        rowCount: rows.length,
        fileName: command.fileName,
        fileFormat: table.format,
        uploadedBy: actorId,
        uploadedAt: now,
        submittedBy: null,
        submittedAt: null,
        reviewedBy: null,
        reviewedAt: null,
        comment: null,
        // A draft keeps what it replaces; the version after a return replaces the returned one.
        replacesVersionId: previous?.status === 'draft' ? previous.replacesVersionId : (previous?.id ?? null),
      });
      if (previous?.status === 'draft') {
        // An unsubmitted draft is not history: the new file takes its place.
        await tx.manager.delete(ProtocolRow, { versionId: previous.id });
        await this.blueprints.release(tx.manager, previous.workId, previous.workVersion);
        await tx.manager.save(ProtocolVersion, version);
      } else {
        await tx.manager.insert(ProtocolVersion, version);
      }
      await this.insertRows(tx.manager, version.id, rows, progress);
      Object.assign(protocol, { status: 'draft', currentVersionId: version.id, updatedAt: now });
      await tx.manager.update(Protocol, protocol.id, { status: 'draft', currentVersionId: version.id, updatedAt: now });
      if (!command.submit) {
        tx.publish(PROTOCOL_DRAFTED_V1, versionRef(protocol, version, actorId, now), { aggregateId: protocol.id });
      }
      const view = command.submit ? await this.protocols.submitIn(tx, protocol, version, rows, actorId) : protocolView(protocol, version);
      // Last: every upload of the work updates this one row, which stays locked until the commit.
      await this.blueprints.claim(tx.manager, blueprint);
      return view;
    });
  }

  /**
   * The protocol of (work, school), created if it is the first upload, locked against concurrent uploads.
   * A protocol just created has no current version until `store` inserts its first, in the same transaction.
   */
  private async lockProtocol(manager: EntityManager, workId: string, schoolId: string, now: Date) {
    await manager.query(
      `INSERT INTO protocols (id, work_id, school_id, status, current_version_id, created_at, updated_at)
       VALUES ($1, $2, $3, 'draft', NULL, $4, $4) ON CONFLICT (work_id, school_id) DO NOTHING`,
      [randomUUID(), workId, schoolId, now],
    );
    const protocol = await manager.findOneOrFail(Protocol, { where: { workId, schoolId }, lock: { mode: 'pessimistic_write' } });
    const previous = protocol.currentVersionId === null ? null : await manager.findOneByOrFail(ProtocolVersion, { id: protocol.currentVersionId });
    return { protocol, previous };
  }

  private async insertRows(manager: EntityManager, versionId: string, rows: ValidRow[], progress: UploadProgress): Promise<void> {
    for (let start = 0; start < rows.length; start += INSERT_BATCH) {
      const batch = rows.slice(start, start + INSERT_BATCH);
      await manager.query(
        `INSERT INTO protocol_rows (version_id, row_number, participant_code, class_label, scores, total)
         SELECT $1, r.row_number, r.code, r.class_label, r.scores::numeric[], r.total
         FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::numeric[]) AS r (row_number, code, class_label, scores, total)`,
        [
          versionId,
          batch.map((row) => row.row),
          batch.map((row) => row.participantCode),
          batch.map((row) => row.classLabel),
          batch.map((row) => `{${row.scores.join(',')}}`),
          batch.map((row) => row.total),
        ],
      );
      // Not awaited: the write takes a second connection, and transactions waiting for one while holding
      // theirs would use up the pool and wait for each other for ever.
      void progress.report('storing', start + batch.length).catch(() => undefined);
    }
  }
}

/** 422 with the first PROTOCOL_REPORT_MAX_PROBLEMS problems (an RPC reply must stay under 1 MB). */
function invalid(rowCount: number, problems: ProtocolProblem[]): ProtocolInvalid {
  return new ProtocolInvalid({ problems: problems.slice(0, PROTOCOL_REPORT_MAX_PROBLEMS), problemCount: problems.length, rowCount });
}

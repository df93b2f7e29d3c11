import { Injectable, Logger } from '@nestjs/common';
import { XLSX_MEDIA_TYPE, type TransferFileView } from '@orbita/contracts';
import {
  CLASS_LIST_FILE_MAX_BYTES,
  CLASS_LIST_MAX_ROWS,
  ClassListProblemCode,
  type ClassListProblem,
  type ImportClassListCommand,
  type ImportedClassListView,
} from '@orbita/enrollment/rpc';
import { CodedException, CommonErrorCode } from '@orbita/observability';
import { Transfers } from '@orbita/service-host';
import {
  ArchiveLimitError,
  readTabularFile,
  TooManyRowsError,
  UnreadableFileError,
  type Table,
} from '@orbita/tabular-files';
import { IsNull } from 'typeorm';
import { findClass } from '../classes/classes.service';
import type { SchoolScope } from '@orbita/auth';
import { ClassListInvalid, UploadMissing } from '../shared/enrollment-errors';
import { EnrollmentStore } from '../shared/enrollment-store';
import { ClassMembership, Student } from '../students/student.entity';
import { enrollIn, findOrder, newStudent, requireSameSchool } from '../students/students.service';
import { checkClassList, CLASS_LIST_HEADERS, studentKey } from './class-list-file';
import { writeClassListTemplate } from './class-list-template';

/** At most this many problems go into a report; problemCount still counts them all. */
const REPORT_MAX_PROBLEMS = 200;

/**
 * Class list import: the file the gateway left in the transfer bucket (XLSX or CSV, UTF-8 or
 * Windows-1251) registers and enrolls a class's students in one transaction — every row or none, with a
 * row-level report (422) when any row is wrong. The upload leaves the bucket either way. The XLSX
 * template to fill in goes the other way, through the same bucket.
 */
@Injectable()
export class ClassListImportService {
  private readonly logger = new Logger(ClassListImportService.name);

  constructor(
    private readonly store: EnrollmentStore,
    private readonly transfers: Transfers,
  ) {}

  async import(command: ImportClassListCommand, scope: SchoolScope): Promise<ImportedClassListView> {
    const bucket = await this.transfers.bucket();
    try {
      const table = await this.read(await bucket.read(command.objectName));
      return await this.store.write(async (tx) => {
        const target = await findClass(tx.manager, command.classId, scope);
        const order = await findOrder(tx.manager, command.orderId, scope);
        requireSameSchool(target.schoolId, order.schoolId);
        const { rows, problems } = checkClassList(table);
        const schoolStudents = new Map(
          (await tx.manager.findBy(Student, { schoolId: target.schoolId })).map((student) => [
            studentKey(student),
            student,
          ]),
        );
        let registered = 0;
        let enrolled = 0;
        for (const { row, student: data } of rows) {
          const existing = schoolStudents.get(studentKey(data));
          const open =
            existing &&
            (await tx.manager.findOneBy(ClassMembership, {
              studentId: existing.id,
              schoolYear: target.schoolYear,
              endedOn: IsNull(),
            }));
          // Importing the same list again leaves the students already in this class as they are.
          if (open && open.classId === target.id) continue;
          if (open) {
            const message = `Ученик уже зачислен в другой класс Проекта в ${target.schoolYear}/${(target.schoolYear + 1) % 100} учебном году`;
            problems.push({
              row,
              column: CLASS_LIST_HEADERS.surname,
              value: data.surname,
              code: ClassListProblemCode.ALREADY_ENROLLED,
              message,
            });
            continue;
          }
          const student = existing ?? (await tx.manager.save(newStudent(tx.manager, data, target.schoolId)));
          if (!existing) registered++;
          await enrollIn(
            tx,
            {
              studentId: student.id,
              classId: target.id,
              orderId: order.id,
              enrolledOn: command.enrolledOn,
              basis: { kind: 'other' },
            },
            scope,
          );
          enrolled++;
        }
        // Throwing rolls the whole transaction back: nothing of the file is kept.
        if (problems.length > 0) throw invalid(problems, table.rows.length);
        return { classId: target.id, enrolled, registered };
      });
    } finally {
      await bucket
        .delete(command.objectName)
        .catch((error: unknown) => this.logger.warn(`Upload not removed: ${String(error)}`));
    }
  }

  /** The template of the class's list, named after the class; another school's class answers 404. */
  async template(classId: string, scope: SchoolScope): Promise<TransferFileView> {
    const target = await this.store.read((manager) => findClass(manager, classId, scope));
    const { name, size } = await (await this.transfers.bucket()).put(await writeClassListTemplate());
    return {
      objectName: name,
      fileName: `Список класса ${target.label}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'),
      contentType: XLSX_MEDIA_TYPE,
      size,
    };
  }

  private async read(content: Buffer | null): Promise<Table> {
    if (!content) throw new UploadMissing();
    if (content.length > CLASS_LIST_FILE_MAX_BYTES)
      throw new CodedException(
        CommonErrorCode.REQUEST_TOO_LARGE,
        413,
        `The file is larger than ${CLASS_LIST_FILE_MAX_BYTES} bytes, the most accepted`,
      );
    try {
      // The reader stops at the first row past the limit, so the message cannot tell how many there are.
      return await readTabularFile(content, { maxRows: CLASS_LIST_MAX_ROWS });
    } catch (error) {
      if (error instanceof TooManyRowsError) {
        const message = `В файле больше ${CLASS_LIST_MAX_ROWS} строк с учениками: разделите список`;
        throw invalid(
          [{ row: null, column: null, value: null, code: ClassListProblemCode.TOO_MANY_ROWS, message }],
          0,
        );
      }
      if (error instanceof ArchiveLimitError)
        throw new CodedException(
          CommonErrorCode.REQUEST_TOO_LARGE,
          413,
          `The file is refused before unpacking: ${error.message}`,
        );
      if (!(error instanceof UnreadableFileError)) throw error;
      const message =
        'Файл не читается как XLSX или CSV: сохраните список в Excel как «Книга Excel» или «CSV (разделители — точка с запятой)»';
      throw invalid(
        [{ row: null, column: null, value: null, code: ClassListProblemCode.FILE_UNREADABLE, message }],
        0,
      );
    }
  }
}

function invalid(problems: ClassListProblem[], rowCount: number): ClassListInvalid {
  const sorted = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return new ClassListInvalid({
    problems: sorted.slice(0, REPORT_MAX_PROBLEMS),
    problemCount: problems.length,
    rowCount,
  });
}

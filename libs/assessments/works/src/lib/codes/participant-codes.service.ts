import { Injectable } from '@nestjs/common';
import type { IssuedParticipantCodesView, ListParticipantCodesQuery, ParticipantCodeView } from '@orbita/assessments/rpc';
import type { SchoolScope } from '@orbita/auth';
import { PARTICIPANT_CODES_ISSUED_V1, type Page } from '@orbita/contracts';
import { UnitOfWork } from '@orbita/messaging';
import { findPage } from '@orbita/persistence';
import { DataSource } from 'typeorm';
import type { WorkVersion } from '../works/work.entity';
import { Work } from '../works/work.entity';
import { WorksService } from '../works/works.service';
import { ParticipantCode, ParticipantCodeSeries } from './participant-code.entity';

/**
 * Participant codes, issued per school for a work, like `2024-MATH7-S03-0001`: school year, subject and
 * grade(s), the school's number within the work, a serial. Rows of protocols name participants by them;
 * no names live in assessments.
 */
@Injectable()
export class ParticipantCodesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly works: WorksService,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async issue(workId: string, schoolId: string, count: number, scope: SchoolScope, by: string | null): Promise<IssuedParticipantCodesView> {
    const version = await this.works.currentFor(workId, schoolId, scope);
    const codes = await this.unitOfWork.run(async (tx) => {
      const { manager } = tx;
      // One issuer per work at a time: school numbers and serials are handed out without gaps or clashes.
      await manager.findOne(Work, { where: { id: workId }, lock: { mode: 'pessimistic_write' } });
      let series = await manager.findOneBy(ParticipantCodeSeries, { workId, schoolId });
      if (!series) {
        const [{ next }] = await manager.query(
          'SELECT coalesce(max(school_number), 0) + 1 AS next FROM participant_code_series WHERE work_id = $1',
          [workId],
        );
        series = manager.create(ParticipantCodeSeries, { workId, schoolId, schoolNumber: Number(next), nextSerial: 1 });
        await manager.insert(ParticipantCodeSeries, series);
      }
      const prefix = codePrefix(version, series.schoolNumber);
      const issued = Array.from({ length: count }, (_, index) => `${prefix}-${String(series.nextSerial + index).padStart(4, '0')}`);
      await manager.query(
        `INSERT INTO participant_codes (work_id, code, school_id, issued_by) SELECT $1, code, $2, $3 FROM unnest($4::text[]) AS code`,
        [workId, schoolId, by, issued],
      );
      await manager.update(ParticipantCodeSeries, { workId, schoolId }, { nextSerial: series.nextSerial + count });
      tx.publish(PARTICIPANT_CODES_ISSUED_V1, { workId, schoolId, codes: issued }, { aggregateId: workId });
      return issued;
    });
    return { workId, schoolId, codes };
  }

  async list(query: ListParticipantCodesQuery, scope: SchoolScope): Promise<Page<ParticipantCodeView>> {
    await this.works.get(query.workId, scope);
    const builder = this.dataSource.manager.createQueryBuilder(ParticipantCode, 'code').where('code.workId = :workId', { workId: query.workId });
    const schoolId = scope ?? query.schoolId;
    if (schoolId) builder.andWhere('code.schoolId = :schoolId', { schoolId });
    const page = await findPage(builder, query, {
      sortable: { code: 'code.code', issuedAt: 'code.issuedAt' },
      defaultSort: 'code',
      searchable: ['code.code'],
    });
    return {
      ...page,
      items: page.items.map((code) => ({ code: code.code, workId: code.workId, schoolId: code.schoolId, issuedAt: code.issuedAt.toISOString() })),
    };
  }

  /** The codes issued to a school for a work, in the order issued. */
  async issuedTo(workId: string, schoolId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(ParticipantCode, { select: { code: true }, where: { workId, schoolId }, order: { code: 'ASC' } });
    return rows.map((row) => row.code);
  }
}

/** `2024-MATH7-S03`: year, subject (letters and digits, upper case, at most 6) with the grade or grade range, school number. */
function codePrefix(version: Pick<WorkVersion, 'schoolYear' | 'subject' | 'grades'>, schoolNumber: number): string {
  const subject = version.subject.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 6) || 'WORK';
  const low = Math.min(...version.grades);
  const high = Math.max(...version.grades);
  const grades = low === high ? `${low}` : `${low}-${high}`;
  return `${version.schoolYear}-${subject}${grades}-S${String(schoolNumber).padStart(2, '0')}`;
}

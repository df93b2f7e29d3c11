import { Injectable, Logger } from '@nestjs/common';
import {
  STUDENT_LINKED_V1,
  STUDENT_UNLINKED_V1,
  type StudentLinkedV1,
  type StudentUnlinkedV1,
} from '@orbita/contracts';
import type { EventContext } from '@orbita/messaging';
import { OnEvent, type OnEventOptions } from '@orbita/service-host';
import { Not } from 'typeorm';
import { Student } from '../students/student.entity';

/** The durable consumer `enrollment_links` of the integration service's links. */
export const LINKS_CONSUMER: OnEventOptions = { durable: 'links' };

/**
 * Keeps each student's id on the Sirius.Schools platform as the integration service's links say, so the
 * next reconciliation matches by it. A link naming a student of another school (or none) changes nothing.
 */
@Injectable()
export class StudentLinksProjection {
  private readonly logger = new Logger(StudentLinksProjection.name);

  @OnEvent(STUDENT_LINKED_V1, LINKS_CONSUMER)
  async studentLinked(link: StudentLinkedV1, { manager }: EventContext) {
    if (!(await this.ofTheSchool(link, manager))) return;
    // The platform's person is one of the school's students at a time: the latest link wins.
    await manager.update(
      Student,
      { schoolId: link.schoolId, externalId: link.externalId, id: Not(link.studentId) },
      { externalId: null },
    );
    await manager.update(Student, { id: link.studentId }, { externalId: link.externalId });
  }

  @OnEvent(STUDENT_UNLINKED_V1, LINKS_CONSUMER)
  async studentUnlinked(link: StudentUnlinkedV1, { manager }: EventContext) {
    // Only while it is still this link's id: a later link of the student to another person stays.
    await manager.update(
      Student,
      { id: link.studentId, schoolId: link.schoolId, externalId: link.externalId },
      { externalId: null },
    );
  }

  private async ofTheSchool(link: StudentLinkedV1, manager: EventContext['manager']): Promise<boolean> {
    const known = await manager.existsBy(Student, { id: link.studentId, schoolId: link.schoolId });
    if (!known)
      this.logger.warn(
        { linkId: link.linkId, studentId: link.studentId, schoolId: link.schoolId },
        'A link names no student of its school: ignored',
      );
    return known;
  }
}

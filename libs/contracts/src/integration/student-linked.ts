import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../event-contract';

export const STUDENT_LINK_METHODS = ['external_id', 'rules'] as const;
export type StudentLinkMethod = (typeof STUDENT_LINK_METHODS)[number];

/**
 * integration.student.linked.v1: a student of ours is the platform's person `externalId` (a coordinator
 * approved the link, or it already matched by that id). Enrollment keeps the external id on the student, so
 * the next reconciliation matches by it. Ids only.
 */
export class StudentLinkedV1 {
  @IsUUID()
  linkId!: string;

  @IsUUID()
  schoolId!: string;

  @IsUUID()
  studentId!: string;

  /** The platform's id of the person (OneRoster user sourcedId). */
  @IsString()
  @Length(1, 200)
  externalId!: string;

  @IsIn(STUDENT_LINK_METHODS)
  method!: StudentLinkMethod;
}

export const STUDENT_LINKED_V1 = defineEvent('integration.student.linked.v1', StudentLinkedV1);

/**
 * integration.student.unlinked.v1: the link is gone (the coordinator approved the platform's deletion of the
 * person, or merged a duplicate away): enrollment forgets the external id if it is still this one.
 */
export class StudentUnlinkedV1 {
  @IsUUID()
  linkId!: string;

  @IsUUID()
  schoolId!: string;

  @IsUUID()
  studentId!: string;

  @IsString()
  @Length(1, 200)
  externalId!: string;
}

export const STUDENT_UNLINKED_V1 = defineEvent('integration.student.unlinked.v1', StudentUnlinkedV1);

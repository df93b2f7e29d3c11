import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../event-contract';

/** Most participant codes one request issues (and one event carries). */
export const MAX_CODES_PER_ISSUE = 5000;

/**
 * Participant codes were issued to a school for a work: who may name them. Enrollment links a student
 * only to a code of the student's own school (codes are sequential, so anyone could guess another's).
 */
export class ParticipantCodesIssuedV1 {
  @IsUUID()
  workId!: string;

  @IsUUID()
  schoolId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CODES_PER_ISSUE)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  codes!: string[];
}

export const PARTICIPANT_CODES_ISSUED_V1 = defineEvent(
  'assessments.participant-codes.issued.v1',
  ParticipantCodesIssuedV1,
);

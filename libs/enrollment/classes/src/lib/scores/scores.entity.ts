import { Column, Entity, PrimaryColumn } from 'typeorm';

/** PostgreSQL `numeric` arrives as a string; scores have 2 decimals at most. */
export const NUMERIC = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** What enrollment knows of a diagnostic work, from `assessments.work.published.v1`. */
@Entity('diagnostic_works')
export class DiagnosticWork {
  @PrimaryColumn('uuid')
  workId!: string;

  @Column('text')
  kind!: string;

  @Column('text')
  subject!: string;

  @Column('text')
  title!: string;

  @Column('smallint')
  schoolYear!: number;

  @Column('smallint', { array: true })
  grades!: number[];

  @Column('date')
  windowFrom!: string;

  @Column('integer')
  version!: number;

  /** The schools expected to take it; null for a work known before enrollment kept them (any school). */
  @Column('uuid', { array: true, nullable: true })
  schoolIds!: string[] | null;
}

/** Whether the school takes the work: a school names only works it takes. */
export const isTakenBy = (work: DiagnosticWork, schoolId: string) =>
  work.schoolIds === null || work.schoolIds.includes(schoolId);

/** A participant's total in a work, from the protocol rows assessments records (the latest version wins). */
@Entity('participant_scores')
export class ParticipantScore {
  @PrimaryColumn('uuid')
  workId!: string;

  @PrimaryColumn('text')
  participantCode!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('uuid')
  versionId!: string;

  @Column('text')
  classLabel!: string;

  @Column('numeric', { transformer: NUMERIC })
  total!: number;
}

/** A participant code assessments issued to a school for a work, from `assessments.participant-codes.issued.v1`. */
@Entity('issued_participant_codes')
export class IssuedParticipantCode {
  @PrimaryColumn('uuid')
  workId!: string;

  @PrimaryColumn('text')
  participantCode!: string;

  @Column('uuid')
  schoolId!: string;
}

/** The participant code a student wrote a work under. */
@Entity('participant_links')
export class ParticipantLink {
  @PrimaryColumn('uuid')
  workId!: string;

  @PrimaryColumn('text')
  participantCode!: string;

  @Column('uuid')
  studentId!: string;
}

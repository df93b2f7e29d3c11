import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A participant code issued to a school for a work (ФИС ОКО style): rows identify participants by it. */
@Entity('participant_codes')
export class ParticipantCode {
  @PrimaryColumn('uuid')
  workId!: string;

  @PrimaryColumn('text')
  code!: string;

  @Column('uuid')
  schoolId!: string;

  @Column('timestamptz')
  issuedAt!: Date;

  @Column('uuid', { nullable: true })
  issuedBy!: string | null;
}

/** Per (work, school): the school's number within the work's codes (`S03`) and the next serial. */
@Entity('participant_code_series')
export class ParticipantCodeSeries {
  @PrimaryColumn('uuid')
  workId!: string;

  @PrimaryColumn('uuid')
  schoolId!: string;

  @Column('integer')
  schoolNumber!: number;

  @Column('integer')
  nextSerial!: number;
}

import type { TrainingKind } from '@orbita/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A course or webinar of teachers; its attendees are in `training_attendees`. */
@Entity({ name: 'trainings' })
export class Training {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  kind!: TrainingKind;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  provider!: string | null;

  /** YYYY-MM-DD. */
  @Column('date')
  startsOn!: string;

  @Column('date')
  endsOn!: string;

  @Column('int', { nullable: true })
  hours!: number | null;

  /** That of `startsOn`: the year it counts in. */
  @Column('int')
  schoolYear!: number;

  @Column('uuid', { nullable: true })
  activityId!: string | null;

  @Column('int')
  version!: number;

  @Column('text')
  recordedBy!: string;

  @Column('timestamptz')
  updatedAt!: Date;
}

/** A teacher who attended, at the school they taught at when the training was recorded. */
@Entity({ name: 'training_attendees' })
export class TrainingAttendee {
  @PrimaryColumn('uuid')
  trainingId!: string;

  @PrimaryColumn('uuid')
  personId!: string;

  @Column('uuid')
  schoolId!: string;
}

import type { ParticipationRole } from '@orbita/contracts';
import type { ParticipationView } from '@orbita/registry/rpc';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import { Programme } from './programme.entity';

/** A school in a programme for one school year; added or removed, never edited. */
@Entity('programme_participation')
export class Participation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  programmeId!: string;

  @ManyToOne(() => Programme)
  @JoinColumn({ name: 'programme_id' })
  programme?: Programme;

  @Column('uuid')
  schoolId!: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'school_id' })
  school?: Organisation;

  /** 2024 = 2024/25. */
  @Column('integer')
  schoolYear!: number;

  @Column('text')
  role!: ParticipationRole;

  @Column('uuid', { nullable: true })
  coordinatorPersonId!: string | null;

  @ManyToOne(() => Person, { nullable: true })
  @JoinColumn({ name: 'coordinator_person_id' })
  coordinator?: Person | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Expects `programme` and `school` joined. */
export const participationView = (participation: Participation): ParticipationView => {
  const { programme, school } = participation;
  if (!programme || !school) throw new Error('participationView needs the programme and the school joined');
  return {
    id: participation.id,
    programmeId: programme.id,
    programmeCode: programme.code,
    schoolId: school.id,
    schoolShortName: school.shortName,
    schoolYear: participation.schoolYear,
    role: participation.role,
    coordinatorPersonId: participation.coordinatorPersonId,
    createdAt: participation.createdAt.toISOString(),
  };
};

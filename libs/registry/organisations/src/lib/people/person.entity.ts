import type { PersonRole } from '@orbita/contracts';
import type { PersonView } from '@orbita/registry/rpc';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { recordMetadata, VersionedRecord } from '../shared/record-columns';

/** Staff of the region's organisations. Names, e-mail and phone are personal data (152-ФЗ). */
@Entity('people')
export class Person extends VersionedRecord {
  @Column('uuid')
  organisationId!: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column('text')
  surname!: string;

  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  patronymic!: string | null;

  @Column('text', { nullable: true })
  position!: string | null;

  /** Lower case, unique. */
  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { array: true })
  roles!: PersonRole[];

  @Column('boolean')
  active!: boolean;
}

export const fullNameOf = (person: Pick<Person, 'surname' | 'name' | 'patronymic'>): string =>
  [person.surname, person.name, person.patronymic].filter(Boolean).join(' ');

/** Expects `organisation` joined. */
export const personView = (person: Person): PersonView => {
  const organisation = person.organisation;
  if (!organisation) throw new Error('personView needs the organisation joined');
  return {
    ...recordMetadata(person),
    fullName: fullNameOf(person),
    surname: person.surname,
    name: person.name,
    patronymic: person.patronymic,
    email: person.email,
    phone: person.phone,
    roles: person.roles,
    position: person.position,
    organisationId: person.organisationId,
    organisationName: organisation.shortName,
    organisationKind: organisation.kind,
    schoolId: organisation.kind === 'school' ? organisation.id : null,
    active: person.active,
  };
};

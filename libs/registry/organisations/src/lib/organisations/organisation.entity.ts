import type { OrganisationKind } from '@orbita/contracts';
import type { OrganisationView } from '@orbita/registry/rpc';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Municipality } from '../municipalities/municipality.entity';
import { recordMetadata, VersionedRecord } from '../shared/record-columns';

/** The regional centre, a school, a partner or another organisation: one table, told apart by `kind`. */
@Entity('organisations')
export class Organisation extends VersionedRecord {
  @Column('text')
  kind!: OrganisationKind;

  @Column('text')
  fullName!: string;

  @Column('text')
  shortName!: string;

  @Column('uuid', { nullable: true })
  municipalityId!: string | null;

  @ManyToOne(() => Municipality, { nullable: true })
  @JoinColumn({ name: 'municipality_id' })
  municipality?: Municipality | null;

  @Column('text', { nullable: true })
  address!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { nullable: true })
  website!: string | null;

  @Column('text', { nullable: true })
  siriusId!: string | null;

  @Column('text', { nullable: true })
  inn!: string | null;

  @Column('boolean')
  active!: boolean;
}

/** Expects `municipality` joined. */
export const organisationView = (organisation: Organisation): OrganisationView => ({
  ...recordMetadata(organisation),
  kind: organisation.kind,
  fullName: organisation.fullName,
  shortName: organisation.shortName,
  municipalityId: organisation.municipalityId,
  municipalityName: organisation.municipality?.name ?? null,
  address: organisation.address,
  email: organisation.email,
  phone: organisation.phone,
  website: organisation.website,
  siriusId: organisation.siriusId,
  inn: organisation.inn,
  active: organisation.active,
});

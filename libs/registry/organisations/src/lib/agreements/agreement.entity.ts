import type { AgreementStatus, AgreementView } from '@orbita/registry/rpc';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { daysBetween } from '../shared/region-calendar';
import { recordMetadata, VersionedRecord } from '../shared/record-columns';

/** Stored statuses; `expired` is derived on read (see AGREEMENT_STATUSES). */
export type StoredAgreementStatus = Exclude<AgreementStatus, 'expired'>;

/** A cooperation agreement (договор о сотрудничестве) between a school or the centre and a partner. */
@Entity('agreements')
export class Agreement extends VersionedRecord {
  @Column('text')
  number!: string;

  @Column('date', { nullable: true })
  signedOn!: string | null;

  @Column('date')
  validFrom!: string;

  @Column('date', { nullable: true })
  validTo!: string | null;

  @Column('text')
  subject!: string;

  @Column('text', { array: true })
  obligations!: string[];

  @Column('text')
  status!: StoredAgreementStatus;

  @Column('date', { nullable: true })
  terminatedOn!: string | null;

  @Column('uuid')
  partyOrganisationId!: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'party_organisation_id' })
  partyOrganisation?: Organisation;

  @Column('uuid')
  partnerOrganisationId!: string;

  @ManyToOne(() => Organisation)
  @JoinColumn({ name: 'partner_organisation_id' })
  partnerOrganisation?: Organisation;

  @Column('uuid', { nullable: true })
  programmeId!: string | null;
}

/** An active agreement past its end date reads as expired. */
export function effectiveStatus(
  agreement: Pick<Agreement, 'status' | 'validTo'>,
  today: string,
): AgreementStatus {
  return agreement.status === 'active' && agreement.validTo !== null && agreement.validTo < today
    ? 'expired'
    : agreement.status;
}

/** Expects both parties joined. */
export const agreementView = (agreement: Agreement, today: string): AgreementView => {
  const { partyOrganisation: party, partnerOrganisation: partner } = agreement;
  if (!party || !partner) throw new Error('agreementView needs both parties joined');
  const status = effectiveStatus(agreement, today);
  return {
    ...recordMetadata(agreement),
    number: agreement.number,
    signedOn: agreement.signedOn,
    validFrom: agreement.validFrom,
    validTo: agreement.validTo,
    subject: agreement.subject,
    obligations: agreement.obligations,
    status,
    terminatedOn: agreement.terminatedOn,
    partyOrganisationId: party.id,
    partyOrganisationName: party.shortName,
    partyOrganisationKind: party.kind,
    partnerOrganisationId: partner.id,
    partnerOrganisationName: partner.shortName,
    partnerOrganisationKind: partner.kind,
    programmeId: agreement.programmeId,
    daysUntilExpiry:
      status === 'active' && agreement.validTo !== null ? daysBetween(today, agreement.validTo) : null,
  };
};

import {
  ApiProperty,
  ApiPropertyOptional,
  IntersectionType,
  OmitType,
  PartialType,
  PickType,
} from '@nestjs/swagger';
import {
  AGREEMENT_STATUSES,
  CreateAgreementRequest,
  ListAgreementsQuery,
  NEW_AGREEMENT_STATUSES,
  ORGANISATION_KINDS,
  SETTABLE_AGREEMENT_STATUSES,
  UpdateAgreementRequest,
  type AgreementStatus,
  type AgreementView,
  type OrganisationKind,
  type SettableAgreementStatus,
  pageOf,
} from '@orbita/contracts';

import { ExpectedVersionBody, RecordMetadataResource } from '../shared/record.dto';

const date = (description: string, example: string) => ({ format: 'date', description, example });
const nullableDate = (description: string, example: string) => ({
  ...date(description, example),
  type: String,
  nullable: true,
});
const uuid = (description: string, example: string) => ({ format: 'uuid', description, example });

const AGREEMENT_FIELDS = {
  number: { description: 'The agreement’s number, unique per signing party', example: '112/ДС-24' },
  signedOn: nullableDate('Date of signing; required once the agreement is active', '2024-09-02'),
  validFrom: date('First day in force', '2024-09-02'),
  validTo: nullableDate('Last day in force; null: open-ended', '2026-12-31'),
  subject: {
    description: 'Предмет договора',
    example:
      'Договор о сотрудничестве: профориентационная работа и сопровождение проектов обучающихся 10-х классов',
  },
  obligations: {
    type: String,
    isArray: true,
    description: 'Obligations of the parties, one item each',
    example: ['Университет проводит не менее четырёх профориентационных мероприятий в учебном году'],
  },
  partyOrganisationId: uuid(
    'The school, the regional centre or the authority that signs',
    '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f',
  ),
  partnerOrganisationId: uuid(
    'The partner (or foundation) on the other side',
    '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  ),
  programmeId: {
    ...uuid('The programme the agreement serves, if any', '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e'),
    type: String,
    nullable: true,
  },
  terminatedOn: nullableDate(
    'When a termination took effect; defaults to today when terminating',
    '2025-05-20',
  ),
} as const;

export class Agreement extends RecordMetadataResource implements AgreementView {
  @ApiProperty(AGREEMENT_FIELDS.number)
  number!: string;

  @ApiProperty(AGREEMENT_FIELDS.signedOn)
  signedOn!: string | null;

  @ApiProperty(AGREEMENT_FIELDS.validFrom)
  validFrom!: string;

  @ApiProperty(AGREEMENT_FIELDS.validTo)
  validTo!: string | null;

  @ApiProperty(AGREEMENT_FIELDS.subject)
  subject!: string;

  @ApiProperty(AGREEMENT_FIELDS.obligations)
  obligations!: string[];

  @ApiProperty({
    enum: AGREEMENT_STATUSES,
    description: 'expired: active, but past validTo (derived each day, never stored)',
    example: 'active',
  })
  status!: AgreementStatus;

  @ApiProperty(AGREEMENT_FIELDS.terminatedOn)
  terminatedOn!: string | null;

  @ApiProperty(AGREEMENT_FIELDS.partyOrganisationId)
  partyOrganisationId!: string;

  @ApiProperty({ example: 'Лицей № 1 им. Пушкина' })
  partyOrganisationName!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'school' })
  partyOrganisationKind!: OrganisationKind;

  @ApiProperty(AGREEMENT_FIELDS.partnerOrganisationId)
  partnerOrganisationId!: string;

  @ApiProperty({ example: 'ТГУ' })
  partnerOrganisationName!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'university' })
  partnerOrganisationKind!: OrganisationKind;

  @ApiProperty(AGREEMENT_FIELDS.programmeId)
  programmeId!: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Days from today (in the region) to validTo, for an agreement in force with an end date',
    example: 38,
  })
  daysUntilExpiry!: number | null;
}

export const AgreementPage = pageOf(Agreement);

export class AgreementListParams extends ListAgreementsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Agreements this organisation signed, on either side' })
  declare organisationId?: string;

  @ApiPropertyOptional({ enum: AGREEMENT_STATUSES })
  declare status?: AgreementStatus;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 3650,
    description: 'Agreements in force whose term ends between today and today + N days',
    example: 60,
  })
  declare expiringWithinDays?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Agreements serving this programme' })
  declare programmeId?: string;
}

export class CreateAgreement extends CreateAgreementRequest {
  @ApiProperty(AGREEMENT_FIELDS.number)
  declare number: string;

  @ApiPropertyOptional(AGREEMENT_FIELDS.signedOn)
  declare signedOn?: string | null;

  @ApiProperty(AGREEMENT_FIELDS.validFrom)
  declare validFrom: string;

  @ApiPropertyOptional(AGREEMENT_FIELDS.validTo)
  declare validTo?: string | null;

  @ApiProperty(AGREEMENT_FIELDS.subject)
  declare subject: string;

  @ApiPropertyOptional(AGREEMENT_FIELDS.obligations)
  declare obligations?: string[];

  @ApiPropertyOptional({
    enum: NEW_AGREEMENT_STATUSES,
    description:
      'draft (default) or active: registered already signed (publishes `registry.agreement.signed.v1`)',
    example: 'active',
  })
  declare status?: (typeof NEW_AGREEMENT_STATUSES)[number];

  @ApiProperty(AGREEMENT_FIELDS.partyOrganisationId)
  declare partyOrganisationId: string;

  @ApiProperty(AGREEMENT_FIELDS.partnerOrganisationId)
  declare partnerOrganisationId: string;

  @ApiPropertyOptional(AGREEMENT_FIELDS.programmeId)
  declare programmeId?: string | null;
}

class AgreementStatusChange extends PickType(UpdateAgreementRequest, ['status', 'terminatedOn'] as const) {
  @ApiPropertyOptional({
    enum: SETTABLE_AGREEMENT_STATUSES,
    description:
      'draft → active signs it (needs signedOn); → terminated ends it early; a terminated agreement stays so',
    example: 'terminated',
  })
  declare status?: SettableAgreementStatus;

  @ApiPropertyOptional(AGREEMENT_FIELDS.terminatedOn)
  declare terminatedOn?: string | null;
}

/** The parties never change: a different pair is a different agreement. */
export class UpdateAgreement extends IntersectionType(
  PartialType(OmitType(CreateAgreement, ['partyOrganisationId', 'partnerOrganisationId', 'status'] as const)),
  AgreementStatusChange,
  ExpectedVersionBody,
) {}

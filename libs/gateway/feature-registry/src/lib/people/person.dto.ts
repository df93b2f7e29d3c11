import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  CreatePersonRequest,
  ListPeopleQuery,
  ORGANISATION_KINDS,
  PERSON_ROLES,
  type OrganisationKind,
  type PersonRole,
  type PersonView,
  pageOf,
} from '@orbita/contracts';

import { IsBoolean, IsOptional } from 'class-validator';
import { ExpectedVersionBody, RecordMetadataResource } from '../shared/record.dto';

const nullableText = (description: string, example: string) => ({
  description,
  example,
  type: String,
  nullable: true,
});

const PERSON_FIELDS = {
  organisationId: {
    format: 'uuid',
    description: 'Where the person works',
    example: '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f',
  },
  surname: { example: 'Лаврентьева' },
  name: { example: 'Марина' },
  patronymic: nullableText('Отчество, when the person has one', 'Олеговна'),
  position: nullableText('Должность', 'Заместитель директора по учебно-воспитательной работе'),
  email: nullableText('Unique, stored in lower case', 'lavrenteva.school1@demo.orbita.local'),
  phone: nullableText('Contact phone', '+7 913 123-45-67'),
  roles: {
    enum: PERSON_ROLES,
    isArray: true,
    description:
      'What the person does in the programmes; school_coordinator and teacher only at a school, regional_staff only at the regional centre',
    example: ['school_coordinator'],
  },
  active: { description: 'Inactive people stay for history', example: true },
} as const;

export class Person extends RecordMetadataResource implements PersonView {
  @ApiProperty({ description: 'Surname, name and patronymic', example: 'Лаврентьева Марина Олеговна' })
  fullName!: string;

  @ApiProperty(PERSON_FIELDS.surname)
  surname!: string;

  @ApiProperty(PERSON_FIELDS.name)
  name!: string;

  @ApiProperty(PERSON_FIELDS.patronymic)
  patronymic!: string | null;

  @ApiProperty(PERSON_FIELDS.email)
  email!: string | null;

  @ApiProperty(PERSON_FIELDS.phone)
  phone!: string | null;

  @ApiProperty(PERSON_FIELDS.roles)
  roles!: PersonRole[];

  @ApiProperty(PERSON_FIELDS.position)
  position!: string | null;

  @ApiProperty(PERSON_FIELDS.organisationId)
  organisationId!: string;

  @ApiProperty({ description: 'Short name of the organisation', example: 'Лицей № 1 им. Пушкина' })
  organisationName!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'school' })
  organisationKind!: OrganisationKind;

  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The organisation when it is a school',
    example: '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f',
  })
  schoolId!: string | null;

  @ApiProperty(PERSON_FIELDS.active)
  active!: boolean;
}

export const PersonPage = pageOf(Person);

export class PersonListParams extends ListPeopleQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only people of this organisation' })
  declare organisationId?: string;

  @ApiPropertyOptional({ enum: PERSON_ROLES, description: 'Only people with this role' })
  declare role?: PersonRole;

  @ApiPropertyOptional({ type: Boolean, description: 'true: active only; false: inactive only' })
  declare active?: boolean;
}

export class CreatePerson extends CreatePersonRequest {
  @ApiProperty(PERSON_FIELDS.organisationId)
  declare organisationId: string;

  @ApiProperty(PERSON_FIELDS.surname)
  declare surname: string;

  @ApiProperty(PERSON_FIELDS.name)
  declare name: string;

  @ApiPropertyOptional(PERSON_FIELDS.patronymic)
  declare patronymic?: string | null;

  @ApiPropertyOptional(PERSON_FIELDS.position)
  declare position?: string | null;

  @ApiPropertyOptional(PERSON_FIELDS.email)
  declare email?: string | null;

  @ApiPropertyOptional(PERSON_FIELDS.phone)
  declare phone?: string | null;

  @ApiProperty(PERSON_FIELDS.roles)
  declare roles: PersonRole[];
}

class PersonActivity {
  @ApiPropertyOptional({
    ...PERSON_FIELDS.active,
    description: 'Set true to reactivate; POST …/deactivate to deactivate',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** Fields left out stay as they are; null clears an optional one. Moving to another organisation is allowed. */
export class UpdatePerson extends IntersectionType(
  PartialType(CreatePerson),
  PersonActivity,
  ExpectedVersionBody,
) {}

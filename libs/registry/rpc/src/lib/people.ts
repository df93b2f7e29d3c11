import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import {
  ByIdRequest,
  composeDecorators,
  IsOmittable,
  IsPlainText,
  ListQuery,
  ORGANISATION_KINDS,
  PERSON_ROLES,
  toBoolean,
  Trimmed,
  type OrganisationKind,
  type PersonRole,
} from '@orbita/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';
import { EmailAddress, PhoneNumber } from './organisations';
import { RecordMetadata, VersionedUpdate } from './records';

/** Fields `sort` accepts on people lists. */
export const PERSON_SORT_FIELDS = [
  'surname',
  'name',
  'email',
  'position',
  'organisationName',
  'createdAt',
  'updatedAt',
  'id',
] as const;

const NamePart = () => composeDecorators(Trimmed(), IsString(), Length(1, 100), IsPlainText());
const Position = () => composeDecorators(Trimmed(), IsString(), Length(1, 300), IsPlainText());
const Roles = () =>
  composeDecorators(
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(PERSON_ROLES.length),
    ArrayUnique(),
    IsIn(PERSON_ROLES, { each: true }),
  );

const nullableText = (description: string, example: string) => ({
  description,
  example,
  type: String,
  nullable: true,
});

const FIELDS = {
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

export class ListPeopleQuery extends ListQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only people of this organisation' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ enum: PERSON_ROLES, description: 'Only people with this role' })
  @IsOptional()
  @IsIn(PERSON_ROLES)
  role?: PersonRole;

  @ApiPropertyOptional({ type: Boolean, description: 'true: active only; false: inactive only' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class CreatePersonRequest {
  @ApiProperty(FIELDS.organisationId)
  @IsUUID()
  organisationId!: string;

  @ApiProperty(FIELDS.surname)
  @NamePart()
  surname!: string;

  @ApiProperty(FIELDS.name)
  @NamePart()
  name!: string;

  @ApiPropertyOptional(FIELDS.patronymic)
  @IsOptional()
  @NamePart()
  patronymic?: string | null;

  @ApiPropertyOptional(FIELDS.position)
  @IsOptional()
  @Position()
  position?: string | null;

  @ApiPropertyOptional(FIELDS.email)
  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @ApiPropertyOptional(FIELDS.phone)
  @IsOptional()
  @PhoneNumber()
  phone?: string | null;

  @ApiProperty(FIELDS.roles)
  @Roles()
  roles!: PersonRole[];
}

/**
 * Left out = unchanged, null = cleared; moving to another organisation is allowed. Deactivating has its
 * own request.
 */
export class UpdatePersonRequest extends VersionedUpdate {
  @ApiPropertyOptional(FIELDS.organisationId)
  @IsOmittable()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional(FIELDS.surname)
  @IsOmittable()
  @NamePart()
  surname?: string;

  @ApiPropertyOptional(FIELDS.name)
  @IsOmittable()
  @NamePart()
  name?: string;

  @ApiPropertyOptional(FIELDS.patronymic)
  @IsOptional()
  @NamePart()
  patronymic?: string | null;

  @ApiPropertyOptional(FIELDS.position)
  @IsOptional()
  @Position()
  position?: string | null;

  @ApiPropertyOptional(FIELDS.email)
  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @ApiPropertyOptional(FIELDS.phone)
  @IsOptional()
  @PhoneNumber()
  phone?: string | null;

  @ApiPropertyOptional(FIELDS.roles)
  @IsOmittable()
  @Roles()
  roles?: PersonRole[];

  @ApiPropertyOptional({ ...FIELDS.active, description: 'Set true to reactivate; POST …/deactivate to deactivate' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

/** A person leaves the programmes: kept for history, no longer listed as active. Idempotent. */
export class DeactivatePersonRequest extends ByIdRequest {}

@ApiSchema({ name: 'Person' })
export class PersonView extends RecordMetadata {
  @ApiProperty({ description: 'Surname, name and patronymic', example: 'Лаврентьева Марина Олеговна' })
  fullName!: string;

  @ApiProperty(FIELDS.surname)
  surname!: string;

  @ApiProperty(FIELDS.name)
  name!: string;

  @ApiProperty(FIELDS.patronymic)
  patronymic!: string | null;

  @ApiProperty(FIELDS.email)
  email!: string | null;

  @ApiProperty(FIELDS.phone)
  phone!: string | null;

  @ApiProperty(FIELDS.roles)
  roles!: PersonRole[];

  @ApiProperty(FIELDS.position)
  position!: string | null;

  @ApiProperty(FIELDS.organisationId)
  organisationId!: string;

  @ApiProperty({ description: 'Short name of the organisation', example: 'Лицей № 1 им. Пушкина' })
  organisationName!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'school' })
  organisationKind!: OrganisationKind;

  /** The organisation when it is a school, so that scope checks need no second lookup. */
  @ApiProperty({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'The organisation when it is a school',
    example: '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f',
  })
  schoolId!: string | null;

  @ApiProperty(FIELDS.active)
  active!: boolean;
}

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
import { composeDecorators, IsOmittable, IsPlainText, toBoolean, Trimmed } from '../common/field-decorators';
import { ListQuery } from '../common/list-query';
import { EmailAddress, PhoneNumber, type OrganisationKind } from './organisations';
import { ByIdRequest, VersionedUpdate, type RecordMetadata } from './records';

/** What a person does in the programmes; an account's role follows from it. */
export const PERSON_ROLES = [
  'regional_staff',
  'school_coordinator',
  'teacher',
  'mentor',
  'expert',
  'observer',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

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

export class ListPeopleQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsIn(PERSON_ROLES)
  role?: PersonRole;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export class CreatePersonRequest {
  @IsUUID()
  organisationId!: string;

  @NamePart()
  surname!: string;

  @NamePart()
  name!: string;

  @IsOptional()
  @NamePart()
  patronymic?: string | null;

  @IsOptional()
  @Position()
  position?: string | null;

  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @IsOptional()
  @PhoneNumber()
  phone?: string | null;

  @Roles()
  roles!: PersonRole[];
}

/** Left out = unchanged, null = cleared. Deactivating has its own request. */
export class UpdatePersonRequest extends VersionedUpdate {
  @IsOmittable()
  @IsUUID()
  organisationId?: string;

  @IsOmittable()
  @NamePart()
  surname?: string;

  @IsOmittable()
  @NamePart()
  name?: string;

  @IsOptional()
  @NamePart()
  patronymic?: string | null;

  @IsOptional()
  @Position()
  position?: string | null;

  @IsOptional()
  @EmailAddress()
  email?: string | null;

  @IsOptional()
  @PhoneNumber()
  phone?: string | null;

  @IsOmittable()
  @Roles()
  roles?: PersonRole[];

  @IsOmittable()
  @IsBoolean()
  active?: boolean;
}

/** A person leaves the programmes: kept for history, no longer listed as active. Idempotent. */
export class DeactivatePersonRequest extends ByIdRequest {}

export interface PersonView extends RecordMetadata {
  /** "Surname Name Patronymic", as documents print it. */
  fullName: string;
  surname: string;
  name: string;
  patronymic: string | null;
  email: string | null;
  phone: string | null;
  roles: PersonRole[];
  position: string | null;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** The organisation when it is a school, so that scope checks need no second lookup. */
  schoolId: string | null;
  active: boolean;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { isSchoolScopedRole, ROLES, type Role } from '@orbita/auth';
import { IsPlainText } from '@orbita/contracts';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Validate,
  ValidateIf,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import { IsPassword } from './password.rules';

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export const toEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? normalizeEmail(value) : value;

/** A school-scoped role needs a school (its scope); a region-wide role must not have one. */
@ValidatorConstraint({ name: 'schoolMatchesRole' })
class SchoolMatchesRole implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    return isSchoolScopedRole((args.object as CreateAccount).role) === (value != null);
  }

  defaultMessage(args: ValidationArguments): string {
    const { role } = args.object as CreateAccount;
    return isSchoolScopedRole(role)
      ? `schoolId is required for the role ${role}`
      : 'schoolId is only for school-scoped roles';
  }
}

export class CreateAccount {
  @ApiProperty({ example: 'petrova.school1@demo.orbita.local' })
  @Transform(toEmail)
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Петрова Анна Сергеевна' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @IsPlainText()
  displayName!: string;

  @ApiProperty({ enum: ROLES, example: 'teacher' })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Required for school-scoped roles (school_coordinator, teacher); not allowed for others',
    example: '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f',
  })
  @ValidateIf((body: CreateAccount) => isSchoolScopedRole(body.role) || body.schoolId != null)
  @Validate(SchoolMatchesRole)
  @IsUUID()
  schoolId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The registry person the account belongs to (one account per person)',
    example: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiProperty({ description: 'Initial password, 10 to 200 characters', example: 'first-day-2025' })
  @IsPassword()
  password!: string;
}

import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../event-contract';

export class SchoolRegisteredV1 {
  @IsUUID()
  schoolId!: string;

  @IsUUID()
  municipalityId!: string;

  @IsString()
  @Length(1, 500)
  fullName!: string;

  @IsString()
  @Length(1, 200)
  shortName!: string;

  /** The school's id on the Sirius.Schools platform, when known. */
  @IsOptional()
  @IsString()
  siriusId?: string;

  @IsBoolean()
  active!: boolean;
}

export const SCHOOL_REGISTERED_V1 = defineEvent('registry.school.registered.v1', SchoolRegisteredV1);

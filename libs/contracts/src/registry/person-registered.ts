import { ArrayMinSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { PERSON_ROLES, type PersonRole } from './people';

/**
 * A person (staff of a school, the regional centre or a partner) joined the registry.
 *
 * Personal data stays home (152-ФЗ): no surname, name or phone. The e-mail is the one exception, because
 * notifications must be able to write to the person without asking the registry for every message.
 */
export class PersonRegisteredV1 {
  @IsUUID()
  personId!: string;

  @IsUUID()
  organisationId!: string;

  /** The organisation when it is a school: consumers scope by it. */
  @IsOptional()
  @IsUUID()
  schoolId?: string;

  @IsArray()
  @ArrayMinSize(1)
  @IsIn(PERSON_ROLES, { each: true })
  roles!: PersonRole[];

  @IsOptional()
  @IsEmail()
  email?: string;

  @IsBoolean()
  active!: boolean;
}

export const PERSON_REGISTERED_V1 = defineEvent('registry.person.registered.v1', PersonRegisteredV1);

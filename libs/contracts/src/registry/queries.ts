import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ListQuery } from '../common/list-query';

/** Request/reply subjects of the registry (`<service>.<verb>.<noun>`). */
export const REGISTRY_RPC = {
  listSchools: 'registry.list.schools',
  listPeople: 'registry.list.people',
} as const;

/** `true`/`false` from a query string, booleans as they are. */
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListSchoolsQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  active?: boolean;
}

export interface SchoolView {
  id: string;
  fullName: string;
  shortName: string;
  municipalityId: string;
  municipalityName: string;
  address: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  siriusId: string | null;
  active: boolean;
}

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

export class ListPeopleQuery extends ListQuery {
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @IsOptional()
  @IsIn(PERSON_ROLES)
  role?: PersonRole;
}

export interface PersonView {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  roles: PersonRole[];
  position: string | null;
  organisationId: string;
  organisationName: string;
  /** The organisation when it is a school, so that scope checks need no second lookup. */
  schoolId: string | null;
}

import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@orbita/auth';
import type { Account } from '../account.entity';

/** An account as the API shows it: never the password hash. */
export class AccountView {
  @ApiProperty({ format: 'uuid', example: '0b7f3c1e-5a59-4d7e-9a51-3c2d1f0e8a11' })
  id!: string;

  @ApiProperty({ example: 'lavrenteva.school1@demo.orbita.local' })
  email!: string;

  @ApiProperty({ example: 'Лаврентьева Марина Олеговна' })
  displayName!: string;

  @ApiProperty({ enum: ROLES, example: 'school_coordinator' })
  role!: Role;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The school of a school-scoped role (school_coordinator, teacher); null otherwise',
    example: '5d0c8a3e-2f1b-4c6d-8e9f-0a1b2c3d4e5f',
  })
  schoolId!: string | null;

  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The registry person the account belongs to, if any',
    example: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  })
  personId!: string | null;

  @ApiProperty({ example: true })
  active!: boolean;

  @ApiProperty({ format: 'date-time', example: '2025-09-01T08:30:00.000Z' })
  createdAt!: string;

  static of(account: Account): AccountView {
    return {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      role: account.role,
      schoolId: account.schoolId,
      personId: account.personId,
      active: account.active,
      createdAt: account.createdAt.toISOString(),
    };
  }
}

export class AccountPage {
  @ApiProperty({ type: [AccountView] })
  items!: AccountView[];

  @ApiProperty({ example: 42 })
  total!: number;

  @ApiProperty({ example: 1 })
  page!: number;

  @ApiProperty({ example: 20 })
  pageSize!: number;
}

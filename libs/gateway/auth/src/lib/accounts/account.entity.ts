import type { Role } from '@orbita/auth';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person who can sign in to the platform; one role per account. */
@Entity({ name: 'accounts' })
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-cased; unique. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text' })
  role!: Role;

  /** The school of a school-scoped role; null for region-wide ones. */
  @Column({ type: 'uuid', nullable: true })
  schoolId!: string | null;

  /** argon2id (PHC string); null for an account that signs in elsewhere (a future OIDC provider). */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  /** The registry person the account belongs to, when there is one (demo accounts). */
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @Column({ type: 'boolean' })
  active!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;
}

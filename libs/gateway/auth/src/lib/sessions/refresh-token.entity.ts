import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One refresh token. Tokens of one login share a `familyId` (the session): each refresh uses up the
 * presented token (`usedAt`) and issues the next one in the family. Only a SHA-256 hash of the token is
 * stored, so a copy of the table signs nobody in.
 */
@Entity({ name: 'refresh_tokens' })
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'uuid' })
  accountId!: string;

  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Set when the token was exchanged for the next one; presenting it again is a reuse. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** logout, reuse, password_change, deactivated */
  @Column({ type: 'text', nullable: true })
  revokedReason!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;
}

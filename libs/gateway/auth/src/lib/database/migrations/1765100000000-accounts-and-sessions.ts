import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Local accounts and their refresh tokens (see docs/adr/0002-gateway-tokens-and-sessions.md). */
export class AccountsAndSessions1765100000000 implements MigrationInterface {
  name = 'AccountsAndSessions1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE accounts (
        id                  uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        email               text        NOT NULL UNIQUE CHECK (email = lower(email)),
        display_name        text        NOT NULL,
        role                text        NOT NULL,
        school_id           uuid,
        password_hash       text,
        person_id           uuid        UNIQUE,
        active              boolean     NOT NULL DEFAULT true,
        created_at          timestamptz NOT NULL DEFAULT clock_timestamp(),
        password_changed_at timestamptz,
        deactivated_at      timestamptz
      )`);
    await queryRunner.query('CREATE INDEX accounts_role_idx ON accounts (role)');
    await queryRunner.query('CREATE INDEX accounts_school_idx ON accounts (school_id)');
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id      uuid        NOT NULL,
        account_id     uuid        NOT NULL REFERENCES accounts (id),
        token_hash     text        NOT NULL UNIQUE,
        created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
        expires_at     timestamptz NOT NULL,
        used_at        timestamptz,
        revoked_at     timestamptz,
        revoked_reason text,
        ip             text
      )`);
    await queryRunner.query('CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)');
    await queryRunner.query('CREATE INDEX refresh_tokens_account_idx ON refresh_tokens (account_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE refresh_tokens');
    await queryRunner.query('DROP TABLE accounts');
  }
}

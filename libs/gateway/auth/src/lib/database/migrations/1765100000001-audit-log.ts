import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log, append-only: a trigger rejects UPDATE, DELETE and TRUNCATE, so that not even a bug
 * or a careless statement of the gateway can rewrite history (removing it takes a migration).
 */
export class AuditLog1765100000001 implements MigrationInterface {
  name = 'AuditLog1765100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
        occurred_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id       uuid,
        actor_role     text,
        actor_school_id uuid,
        action         text        NOT NULL,
        resource_type  text,
        resource_id    text,
        method         text,
        path           text,
        status         integer,
        ip             text,
        correlation_id text,
        details        jsonb
      )`);
    await queryRunner.query('CREATE INDEX audit_log_occurred_idx ON audit_log (occurred_at)');
    await queryRunner.query('CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, occurred_at)');
    await queryRunner.query(
      'CREATE INDEX audit_log_resource_idx ON audit_log (resource_type, resource_id, occurred_at)',
    );
    await queryRunner.query(`
      CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_log');
    await queryRunner.query('DROP FUNCTION audit_log_reject_change()');
  }
}

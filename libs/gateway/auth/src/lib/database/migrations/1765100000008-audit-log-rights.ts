import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log's rows can be read and appended, never changed: besides the trigger (which a superuser or
 * the owner could switch off), no role but the table's owner (the migrator) keeps UPDATE, DELETE or
 * TRUNCATE on it. The runtime role got them from the migrator's default privileges when the table was made
 * (`provisionDatabaseRoles` narrows them again on every later run), so they are taken back here from
 * whoever holds them, whatever the roles are called.
 */
export class AuditLogRights1765100000008 implements MigrationInterface {
  name = 'AuditLogRights1765100000008';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      DECLARE
        holder text;
      BEGIN
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC;
        FOR holder IN
          SELECT DISTINCT acl.grantee::regrole::text
            FROM pg_class c, aclexplode(c.relacl) acl
           WHERE c.oid = 'audit_log'::regclass AND acl.grantee NOT IN (0, c.relowner)
        LOOP
          EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %s', holder);
        END LOOP;
      END
      $$`);
  }

  async down(): Promise<void> {
    // Nothing to give back: the rights were never meant to be there.
  }
}

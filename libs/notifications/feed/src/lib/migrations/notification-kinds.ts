import type { QueryRunner } from 'typeorm';

export const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

const CHECKS = [
  ['notifications', 'notifications_kind_check'],
  ['notification_preferences', 'notification_preferences_kind_check'],
] as const;

/** Replaces the kinds the feed and the preferences accept (each migration passes its own frozen list). */
export async function setNotificationKinds(
  queryRunner: QueryRunner,
  kinds: readonly string[],
): Promise<void> {
  for (const [table, check] of CHECKS) {
    await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${check}`);
    await queryRunner.query(
      `ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (kind IN (${sqlList(kinds)}))`,
    );
  }
}

/** Removes what is of other kinds than `kinds`, then allows only those (a migration's `down`). */
export async function restoreNotificationKinds(
  queryRunner: QueryRunner,
  kinds: readonly string[],
): Promise<void> {
  await queryRunner.query(`DELETE FROM notifications WHERE kind NOT IN (${sqlList(kinds)})`);
  await queryRunner.query(`DELETE FROM notification_preferences WHERE kind NOT IN (${sqlList(kinds)})`);
  await setNotificationKinds(queryRunner, kinds);
}

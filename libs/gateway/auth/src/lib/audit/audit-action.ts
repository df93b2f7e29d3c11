/** What an audit event records as its `action`: writes and personal-data reads, and the session events. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'read',
  'login',
  'login_failed',
  'refresh_reuse',
  'logout',
  'password_change',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The roles a user account can hold; one role per account. */
export const ROLES = [
  'admin',
  'regional_coordinator',
  'school_coordinator',
  'teacher',
  'expert',
  'observer',
] as const;

export type Role = (typeof ROLES)[number];

/**
 * Roles whose every read and write is confined to one school (the account's). The school comes from
 * the token, never from the request.
 */
export const SCHOOL_SCOPED_ROLES: readonly Role[] = ['school_coordinator', 'teacher'];

export const isSchoolScopedRole = (role: Role): boolean => SCHOOL_SCOPED_ROLES.includes(role);

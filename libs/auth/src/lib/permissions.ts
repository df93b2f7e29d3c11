import type { Role } from './roles';

/**
 * Every action the API guards, as `<resource>:<action>`. The matrix below is the one place that says
 * which role may do what; docs/security.md renders it and permissions.spec.ts pins it.
 */
export const PERMISSIONS = [
  'schools:read',
  'schools:write',
  'partners:read',
  'partners:write',
  'agreements:read',
  'agreements:write',
  'programmes:read',
  'programmes:write',
  'people:read',
  'people:write',
  'roadmap:read',
  'roadmap:write',
  'roadmap:evidence',
  'works:read',
  'works:write',
  'protocols:read',
  'protocols:submit',
  'protocols:review',
  'classes:read',
  'classes:write',
  'students:read',
  'students:write',
  'selection:manage',
  'projects:read',
  'projects:manage',
  'projects:register',
  'sheets:write',
  'analytics:read',
  'reports:read',
  'integration:manage',
  'integration:reconcile',
  'notifications:read',
  'accounts:manage',
  'audit:read',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Every account has these: its own notifications (the feed of its registry person). */
const EVERY_ROLE: Permission[] = ['notifications:read'];

const READ_REGISTRY: Permission[] = [
  'schools:read',
  'partners:read',
  'agreements:read',
  'programmes:read',
  'roadmap:read',
];

/**
 * Who may do what. School-scoped roles (see roles.ts) hold their permissions for their own school only:
 * services filter by the school in the request's actor, and another school's record answers 404.
 */
export const PERMISSION_MATRIX: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  // Experts fill sheets; coordinators reopen them (projects:manage) but never score a work themselves.
  regional_coordinator: PERMISSIONS.filter(
    (p) => p !== 'accounts:manage' && p !== 'audit:read' && p !== 'sheets:write',
  ),
  school_coordinator: [
    ...READ_REGISTRY,
    'schools:write',
    'agreements:write',
    'people:read',
    'people:write',
    'roadmap:evidence',
    'works:read',
    'protocols:read',
    'protocols:submit',
    'classes:read',
    'classes:write',
    'students:read',
    'students:write',
    'selection:manage',
    'projects:read',
    'projects:register',
    'analytics:read',
    'reports:read',
    'integration:reconcile',
    ...EVERY_ROLE,
  ],
  teacher: [...READ_REGISTRY, 'people:read', 'classes:read', 'students:read', 'analytics:read', 'works:read', ...EVERY_ROLE],
  // An expert's projects:read covers only the works assigned to them (the projects service filters).
  expert: ['schools:read', 'partners:read', 'programmes:read', 'roadmap:read', 'works:read', 'classes:read', 'projects:read', 'sheets:write', 'analytics:read', ...EVERY_ROLE],
  observer: [...READ_REGISTRY, 'works:read', 'classes:read', 'projects:read', 'analytics:read', 'reports:read', ...EVERY_ROLE],
};

export function can(role: Role, permission: Permission): boolean {
  return PERMISSION_MATRIX[role].includes(permission);
}

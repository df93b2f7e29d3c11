import type { Actor } from '@orbita/auth';
import { authorize } from './rpc-access';

describe('authorize', () => {
  const teacher: Actor = { userId: 'u-1', role: 'teacher', schoolId: 's-1' };
  const coordinator: Actor = { userId: 'u-2', role: 'regional_coordinator' };
  const readRoadmap = { subject: 'registry.list.activities', permission: 'roadmap:read', scope: 'school' } as const;

  it('answers the school scope of a caller who holds the permission', () => {
    expect(authorize(readRoadmap, teacher)).toBe('s-1');
    expect(authorize(readRoadmap, coordinator)).toBeNull();
  });

  it('refuses a role without the permission (403 AUTH.FORBIDDEN)', () => {
    expect(() => authorize({ ...readRoadmap, permission: 'roadmap:evidence' }, teacher)).toThrow(
      expect.objectContaining({ code: 'AUTH.FORBIDDEN', status: 403 }),
    );
  });

  it('keeps region-level operations from school-scoped callers (403 AUTH.REGION_LEVEL_ONLY)', () => {
    const createSchool = { subject: 'registry.create.school', permission: 'schools:write', scope: 'region' } as const;
    const schoolCoordinator: Actor = { userId: 'u-3', role: 'school_coordinator', schoolId: 's-1' };
    expect(() => authorize(createSchool, schoolCoordinator)).toThrow(
      expect.objectContaining({ code: 'AUTH.REGION_LEVEL_ONLY', status: 403 }),
    );
    expect(authorize(createSchool, coordinator)).toBeNull();
  });
});

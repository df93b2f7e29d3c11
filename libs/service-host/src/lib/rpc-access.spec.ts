import type { Actor } from '@orbita/auth';
import { actorWith } from './rpc-access';

describe('actorWith', () => {
  const teacher: Actor = { userId: 'u-1', role: 'teacher', schoolId: 's-1' };

  it('answers the actor who holds the permission', () => {
    expect(actorWith({ correlationId: 'c', actor: teacher }, 'roadmap:read')).toBe(teacher);
  });

  it('refuses a role without it (403)', () => {
    expect(() => actorWith({ correlationId: 'c', actor: teacher }, 'roadmap:evidence')).toThrow(
      expect.objectContaining({ status: 403, message: 'The role teacher does not hold roadmap:evidence' }),
    );
  });
});

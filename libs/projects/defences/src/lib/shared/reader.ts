import type { Actor, SchoolScope } from '@orbita/auth';

/**
 * Whose works a caller reads: a school account its school's (`scope`), an expert only those assigned to
 * their registry person (`expertPersonId`; null when the account has none: nothing), others all.
 */
export interface Reader {
  scope: SchoolScope;
  /** Absent for everyone but experts. */
  expertPersonId?: string | null;
}

export const readerOf = (actor: Actor, scope: SchoolScope): Reader =>
  actor.role === 'expert' ? { scope, expertPersonId: actor.personId ?? null } : { scope };

export const isExpert = (reader: Reader): boolean => reader.expertPersonId !== undefined;

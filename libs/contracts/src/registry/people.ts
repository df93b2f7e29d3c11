/** What a person does in the programmes; an account's role follows from it. */
export const PERSON_ROLES = [
  'regional_staff',
  'school_coordinator',
  'teacher',
  'mentor',
  'expert',
  'observer',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

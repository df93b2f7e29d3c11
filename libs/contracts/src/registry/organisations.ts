/**
 * Every organisation of the region lives in one table, told apart by kind: the regional centre, schools
 * (общеобразовательные организации), partners, and the rest (the education department, the foundation).
 */
export const ORGANISATION_KINDS = [
  'regional_centre',
  'school',
  'university',
  'college',
  'enterprise',
  'research_institute',
  'foundation',
  'authority',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Вузы, СПО, предприятия, институты СО РАН, others (planetarium, museums…). */
export const PARTNER_KINDS = ['university', 'college', 'enterprise', 'research_institute', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const isPartnerKind = (kind: string): kind is PartnerKind =>
  (PARTNER_KINDS as readonly string[]).includes(kind);

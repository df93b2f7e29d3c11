/** What a school is in a programme: partner school (Sirius), studio (Уроки настоящего), base organisation (Парк ЕНОТо). */
export const PARTICIPATION_ROLES = ['partner_school', 'studio', 'base_organisation'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

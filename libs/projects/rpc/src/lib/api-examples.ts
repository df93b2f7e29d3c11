// OpenAPI examples the projects shapes share.

export const UUID = { format: 'uuid', example: '7c1e2d4a-5b0d-4c39-9e51-0b1c2d4a7f01' } as const;
export const DATE = { format: 'date', example: '2026-03-30' } as const;
export const SUBJECT_AREA = {
  example: 'physics',
  description: 'Lower-case subject area code; it names the section',
} as const;

/** A subject area code: `physics`, `informatics`, `social_studies`. */
export const SUBJECT_AREA_CODE = /^[a-z][a-z0-9_]{0,49}$/;

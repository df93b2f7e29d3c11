// OpenAPI examples the enrollment shapes share.

export const UUID = { format: 'uuid', example: '5b0d6c1e-7a2f-4c39-9e51-2d4a7f0b1c01' } as const;
export const DATE = { format: 'date', example: '2024-09-01' } as const;
export const SCHOOL_ID = {
  ...UUID,
  description: 'Required of region-wide accounts; a school account acts for its own school',
} as const;

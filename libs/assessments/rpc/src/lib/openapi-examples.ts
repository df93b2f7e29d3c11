/** Examples the OpenAPI documentation of assessments shares. */
export const WORK_EXAMPLE = '5b0d6c1e-7a2f-4c39-9e51-2d4a7f0b1c01';
export const SCHOOL_EXAMPLE = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
export const PROTOCOL_EXAMPLE = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

export const uuid = (description: string, example: string) => ({ format: 'uuid', description, example });

/** Examples and shapes the reply classes' OpenAPI documentation shares. */
export const EXAMPLE_WORK_ID = '5b0c8f4e-2d7a-4c1b-9e3f-6a8d0c2e4f71';
export const EXAMPLE_SCHOOL_ID = '9e1f3a5c-7b2d-4e6f-8a0c-1d3e5f7a9b2c';
export const EXAMPLE_VERSION_ID = 'c4d6e8f0-1a3b-4c5d-8e7f-9a0b1c2d3e4f';
export const EXAMPLE_MUNICIPALITY_ID = '8d2f4b6a-1c3e-4f5a-9b7c-0d1e2f3a4b5c';

export const uuid = (example: string, description?: string) => ({
  format: 'uuid',
  example,
  ...(description ? { description } : {}),
});
/** A figure that is null while nobody is counted. */
export const figure = (example: number, description?: string) => ({
  type: Number,
  nullable: true,
  example,
  ...(description ? { description } : {}),
});
export const share = (example: number, description: string) => figure(example, `${description}, 0..1`);

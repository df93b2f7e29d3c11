import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` arrives as a string (exact decimals); scores and maxima have 2 decimals at most. */
export const NUMERIC: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

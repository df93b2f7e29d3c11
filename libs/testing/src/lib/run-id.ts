import { randomBytes } from 'node:crypto';

/** A short name unique to one test run, for its database, schema, stream and subject prefix. */
export function uniqueRunId(label = 't'): string {
  return `${label}${Date.now().toString(36)}${randomBytes(3).toString('hex')}`.toLowerCase();
}

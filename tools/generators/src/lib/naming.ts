import { names } from '@nx/devkit';

/** A service's name is its schema, its NATS user and the first token of its subjects: lower-case letters. */
const SERVICE_NAME = /^[a-z]+$/;
/** An aggregate, event, verb or noun: a subject token (`protocol`, `rows-recorded`). */
const SUBJECT_TOKEN = /^[a-z][a-z-]*$/;

export function serviceName(value: string): string {
  if (!SERVICE_NAME.test(value)) {
    throw new Error(
      `"${value}" is not a service name: lower-case letters only (it names a schema and a NATS user)`,
    );
  }
  return value;
}

export function subjectToken(value: string, what: string): string {
  if (!SUBJECT_TOKEN.test(value) || value.endsWith('-')) {
    throw new Error(`"${value}" is not a ${what}: lower-case words joined by "-" (a subject token)`);
  }
  return value;
}

/** `rows-recorded` → RowsRecorded, rowsRecorded, ROWS_RECORDED. */
export const classNameOf = (token: string) => names(token).className;
export const propertyNameOf = (token: string) => names(token).propertyName;
export const constantNameOf = (token: string) => names(token).constantName;

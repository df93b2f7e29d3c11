// OneRoster 1.2 JSON bindings, read defensively: the platform's records become our Source* shapes, and a
// record we cannot read fails the page loudly rather than being skipped.
import type {
  SourceClass,
  SourceEnrollment,
  SourceKind,
  SourceOrg,
  SourceRecords,
  SourceStatus,
  SourceUser,
  SourceUserRole,
} from '../source-connector';
import { SourceRequestError } from './http-errors';

type Json = Record<string, unknown>;

const text = (record: Json, key: string): string => {
  const value = record[key];
  if (typeof value !== 'string' || value === '')
    throw new SourceRequestError(`OneRoster record ${String(record['sourcedId'])}: no ${key}`, null);
  return value;
};
const optionalText = (record: Json, key: string): string | null =>
  typeof record[key] === 'string' && record[key] !== '' ? (record[key] as string) : null;
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const ref = (record: Json, key: string): string => {
  const value = record[key] as Json | undefined;
  if (!value || typeof value !== 'object') throw new SourceRequestError(`OneRoster record: no ${key}`, null);
  return text(value, 'sourcedId');
};

function base(record: Json): { sourcedId: string; status: SourceStatus; dateLastModified: string } {
  const status = text(record, 'status');
  if (status !== 'active' && status !== 'tobedeleted')
    throw new SourceRequestError(`OneRoster record ${String(record['sourcedId'])}: status ${status}`, null);
  return { sourcedId: text(record, 'sourcedId'), status, dateLastModified: text(record, 'dateLastModified') };
}

function role(value: string): SourceUserRole {
  if (value === 'teacher' || value === 'student') return value;
  throw new SourceRequestError(`OneRoster role ${value} is neither teacher nor student`, null);
}

const readers: { [K in SourceKind]: (record: Json) => SourceRecords[K] } = {
  orgs: (record): SourceOrg => ({
    ...base(record),
    name: text(record, 'name'),
    type: text(record, 'type'),
    identifier: optionalText(record, 'identifier'),
  }),
  users: (record): SourceUser => {
    const roles = (Array.isArray(record['roles']) ? record['roles'] : []) as Json[];
    const primary = roles.find((item) => item['roleType'] === 'primary') ?? roles[0];
    if (!primary)
      throw new SourceRequestError(`OneRoster user ${String(record['sourcedId'])}: no role`, null);
    const metadata = (record['metadata'] ?? {}) as Json;
    return {
      ...base(record),
      role: role(text(primary, 'role')),
      givenName: text(record, 'givenName'),
      familyName: text(record, 'familyName'),
      middleName: optionalText(record, 'middleName'),
      birthDate: optionalText(metadata, 'birthDate'),
      orgSourcedIds: roles.map((item) => ref(item, 'org')),
      grades: texts(record['grades']),
    };
  },
  classes: (record): SourceClass => ({
    ...base(record),
    title: text(record, 'title'),
    schoolSourcedId: ref(record, 'school'),
    grades: texts(record['grades']),
    subjects: texts(record['subjects']),
  }),
  enrollments: (record): SourceEnrollment => ({
    ...base(record),
    role: role(text(record, 'role')),
    userSourcedId: ref(record, 'user'),
    classSourcedId: ref(record, 'class'),
    schoolSourcedId: ref(record, 'school'),
  }),
};

/** The records of a collection answer (`{ "users": [...] }`). */
export function readCollection<K extends SourceKind>(kind: K, body: unknown): Array<SourceRecords[K]> {
  const items = (body as Json | null)?.[kind];
  if (!Array.isArray(items)) throw new SourceRequestError(`OneRoster answer without "${kind}"`, null);
  return items.map((item) => readers[kind](item as Json));
}
